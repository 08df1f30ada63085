package dev.serveractions.route;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * What one {@link RouteHandler} class declares: its path and its verb methods, checked so that
 * nothing it declares is silently left unmapped. Every mistake fails startup with a message that
 * names the class and the fix.
 *
 * @param type the route handler class
 * @param path the path template
 * @param verbs the public verb methods, one per verb
 */
record RouteDeclaration(Class<?> type, String path, Map<RequestMethod, Method> verbs) {

	private static final Pattern VARIABLE_NAME = Pattern.compile("\\{(\\*?)[^}:]*");

	static RouteDeclaration of(Class<?> type, RouteHandler annotation) {
		String path = annotation.value();
		if (path.isEmpty()) {
			throw fail(type, "has no path: write it as @RouteHandler(\"/api/things\")");
		}
		if (!path.startsWith("/")) {
			throw fail(type, "has the path \"" + path + "\", which does not start with '/': write @RouteHandler(\"/"
					+ path + "\")");
		}
		if (carriesRequestMapping(type)) {
			throw fail(type, "carries @RequestMapping: a route handler's path is the @RouteHandler value; "
					+ "remove @RequestMapping");
		}
		Map<RequestMethod, Method> verbs = verbMethods(type);
		if (verbs.isEmpty()) {
			throw fail(type, "(\"" + path + "\") has no public method named after an HTTP verb: "
					+ "add get(), post(), put(), patch(), delete(), head() or options()");
		}
		return new RouteDeclaration(type, path, verbs);
	}

	/** A {@code @RequestMapping} of the class's own, not the one {@code @RouteHandler} stands for. */
	private static boolean carriesRequestMapping(Class<?> type) {
		return MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY)
			.stream(RequestMapping.class)
			.anyMatch((mapping) -> !mapping.getMetaTypes().contains(RouteHandler.class));
	}

	/** The {@code Allow} set: the verbs, HEAD where GET is, and OPTIONS, sorted. */
	Set<String> allowed() {
		Set<String> allow = new TreeSet<>();
		this.verbs.keySet().forEach((verb) -> allow.add(verb.name()));
		if (this.verbs.containsKey(RequestMethod.GET)) {
			allow.add("HEAD");
		}
		allow.add("OPTIONS");
		return allow;
	}

	/** The path with its variables' names left out: two routes with the same shape are one path. */
	String shape() {
		return VARIABLE_NAME.matcher(this.path).replaceAll("{$1");
	}

	private static Map<RequestMethod, Method> verbMethods(Class<?> type) {
		Map<RequestMethod, Method> verbs = new TreeMap<>();
		for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS)) {
			if (method.isBridge() || method.isSynthetic()) {
				continue;
			}
			if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
				throw fail(type, "maps " + method.toGenericString() + " with a @RequestMapping annotation "
						+ "(@GetMapping, @PostMapping...): a route handler maps the methods named after a verb, "
						+ "on its own path; remove the annotation and name the method get(), post()..., "
						+ "or move it to a @RestController");
			}
			RequestMethod verb = verbOf(method);
			if (verb == null) {
				continue;
			}
			int modifiers = method.getModifiers();
			if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers)) {
				throw fail(type, "has a method named after " + verb + " that is not a public instance method, "
						+ "so it would not be mapped: " + method.toGenericString() + "; make it public "
						+ "(and not static), or rename it");
			}
			Method previous = verbs.put(verb, method);
			if (previous != null) {
				throw fail(type, "has two methods for " + verb + ": " + previous.toGenericString() + " and "
						+ method.toGenericString() + "; keep one public method per verb");
			}
		}
		return verbs;
	}

	private static @Nullable RequestMethod verbOf(Method method) {
		return switch (method.getName().toLowerCase(Locale.ROOT)) {
			case "get" -> RequestMethod.GET;
			case "post" -> RequestMethod.POST;
			case "put" -> RequestMethod.PUT;
			case "patch" -> RequestMethod.PATCH;
			case "delete" -> RequestMethod.DELETE;
			case "head" -> RequestMethod.HEAD;
			case "options" -> RequestMethod.OPTIONS;
			default -> null;
		};
	}

	static IllegalStateException fail(Class<?> type, String problem) {
		return new IllegalStateException("@RouteHandler " + type.getName() + " " + problem);
	}

}
