package dev.serveractions.processor;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

import org.jspecify.annotations.Nullable;

/**
 * Checks one {@code @RouteHandler} class as the runtime's {@code RouteDeclaration} would, at the
 * element, and gives its index entry.
 */
final class RouteChecks {

	private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

	private final Messager messager;

	private final Elements elements;

	RouteChecks(Messager messager, Elements elements) {
		this.messager = messager;
		this.elements = elements;
	}

	/** The route, or {@code null} when the class is no route handler or has an error. */
	Index.@Nullable Route check(TypeElement type) {
		AnnotationMirror annotation = Annotations.find(type, Annotations.ROUTE_HANDLER);
		if (annotation == null || type.getKind() == ElementKind.ANNOTATION_TYPE) {
			return null;
		}
		String name = "@RouteHandler " + type.getQualifiedName();
		if (type.getKind().isInterface() || type.getModifiers().contains(Modifier.ABSTRACT)) {
			String what = type.getKind().isInterface() ? "an interface" : "abstract";
			return error(name + " is " + what + ": only a concrete class becomes a bean; "
					+ "put @RouteHandler on a concrete class", type, annotation);
		}
		String notABean = BeanClasses.problem(type);
		if (notABean != null) {
			return error(name + " " + notABean.replaceFirst("^is in ", "is "), type, annotation);
		}
		String path = RoutePaths.of(annotation);
		if (path.isEmpty()) {
			return error(name + " has no path: write it as @RouteHandler(\"/api/things\")", type, annotation);
		}
		if (!path.startsWith("/")) {
			return error(name + " has the path \"" + path + "\", which does not start with '/': write @RouteHandler(\"/"
					+ path + "\")", type, annotation);
		}
		String problem = PathTemplates.problem(path);
		if (problem != null) {
			return error(name + " has an invalid path template \"" + path + "\": " + problem, type, annotation);
		}
		AnnotationMirror mapping = ownRequestMapping(type);
		if (mapping != null) {
			return error(name + " carries @RequestMapping: a route handler's path is the @RouteHandler value; "
					+ "remove @RequestMapping", type, mapping);
		}
		Map<String, ExecutableElement> verbs = verbs(type, name);
		if (verbs == null) {
			return null;
		}
		if (verbs.isEmpty()) {
			return error(name + "(\"" + path + "\") has no public method named after an HTTP verb: "
					+ "add get(), post(), put(), patch(), delete(), head() or options()", type, annotation);
		}
		PathVariableUse.warnUnreceived(this.messager, name, path, verbs.values(), type, annotation);
		Map<String, String> methods = new TreeMap<>();
		verbs.forEach((verb, method) -> methods.put(verb, method.getSimpleName().toString()));
		return new Index.Route(this.elements.getBinaryName(type).toString(), path, methods);
	}

	/** A {@code @RequestMapping} of the class's own, not the one {@code @RouteHandler} is meta-annotated with. */
	private static @Nullable AnnotationMirror ownRequestMapping(TypeElement type) {
		for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
			if (Annotations.meta(annotation, Annotations.REQUEST_MAPPING) != null
					&& Annotations.meta(annotation, Annotations.ROUTE_HANDLER) == null) {
				return annotation;
			}
		}
		return null;
	}

	private @Nullable Map<String, ExecutableElement> verbs(TypeElement type, String name) {
		Map<String, ExecutableElement> verbs = new TreeMap<>();
		boolean failed = false;
		for (ExecutableElement method : ElementFilter.methodsIn(this.elements.getAllMembers(type))) {
			TypeElement owner = (TypeElement) method.getEnclosingElement();
			if (owner.getQualifiedName().contentEquals("java.lang.Object")) {
				continue;
			}
			AnnotationMirror mapping = Annotations.find(method, Annotations.REQUEST_MAPPING);
			if (mapping != null) {
				error(name + " maps " + method.getSimpleName() + "() with @"
						+ Annotations.type(mapping).getSimpleName() + ": a route handler maps the methods named after "
						+ "a verb, on its own path; remove the annotation and name the method get(), post()..., "
						+ "or move it to a @RestController", method, mapping);
				failed = true;
				continue;
			}
			String verb = method.getSimpleName().toString().toLowerCase(Locale.ROOT);
			if (!VERBS.contains(verb)) {
				continue;
			}
			verb = verb.toUpperCase(Locale.ROOT);
			Set<Modifier> modifiers = method.getModifiers();
			if (!modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.STATIC)) {
				error(name + " has a method named after " + verb + " that is not a public instance method, so it "
						+ "would not be mapped: " + method.getSimpleName() + "(); make it public (and not static), "
						+ "or rename it", method, null);
				failed = true;
				continue;
			}
			ExecutableElement previous = verbs.put(verb, method);
			if (previous != null) {
				error(name + " has two methods for " + verb + ": " + previous + " and " + method
						+ "; keep one public method per verb", method, null);
				failed = true;
			}
		}
		return failed ? null : verbs;
	}

	private Index.@Nullable Route error(String message, Element element, @Nullable AnnotationMirror annotation) {
		if (annotation != null && element.getAnnotationMirrors().contains(annotation)) {
			this.messager.printMessage(Kind.ERROR, message, element, annotation);
		}
		else {
			this.messager.printMessage(Kind.ERROR, message, element);
		}
		return null;
	}

}
