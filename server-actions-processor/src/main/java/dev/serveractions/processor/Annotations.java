package dev.serveractions.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

import org.jspecify.annotations.Nullable;

/**
 * Finds annotations by their qualified names, meta-annotations included, so that the processor
 * needs neither the library nor Spring on its path.
 */
final class Annotations {

	static final String ROUTE_HANDLER = "dev.serveractions.route.RouteHandler";

	static final String SERVER_ACTION = "dev.serveractions.action.ServerAction";

	static final String BOUND = "dev.serveractions.action.Bound";

	static final String COMPONENT = "org.springframework.stereotype.Component";

	static final String COMPONENT_SCAN = "org.springframework.context.annotation.ComponentScan";

	static final String REQUEST_MAPPING = "org.springframework.web.bind.annotation.RequestMapping";

	static final String MODEL_ATTRIBUTE = "org.springframework.web.bind.annotation.ModelAttribute";

	static final String PATH_VARIABLE = "org.springframework.web.bind.annotation.PathVariable";

	static final String ALIAS_FOR = "org.springframework.core.annotation.AliasFor";

	private Annotations() {
	}

	/** The annotation present on the element that is, or is meta-annotated with, {@code name}. */
	static @Nullable AnnotationMirror find(Element element, String name) {
		for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
			if (meta(annotation, name) != null) {
				return annotation;
			}
		}
		return null;
	}

	/** The meta-annotation {@code name} on the type of the annotation, or the annotation itself. */
	static @Nullable AnnotationMirror meta(AnnotationMirror annotation, String name) {
		return meta(annotation, name, new HashSet<>());
	}

	private static @Nullable AnnotationMirror meta(AnnotationMirror annotation, String name, Set<String> seen) {
		String type = nameOf(annotation);
		if (type.equals(name)) {
			return annotation;
		}
		if (type.startsWith("java.lang.annotation.") || !seen.add(type)) {
			return null;
		}
		for (AnnotationMirror metaAnnotation : type(annotation).getAnnotationMirrors()) {
			AnnotationMirror found = meta(metaAnnotation, name, seen);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	static String nameOf(AnnotationMirror annotation) {
		return type(annotation).getQualifiedName().toString();
	}

	static TypeElement type(AnnotationMirror annotation) {
		return (TypeElement) annotation.getAnnotationType().asElement();
	}

	/** An attribute's value when written on this annotation (defaults are not included). */
	static @Nullable Object explicit(AnnotationMirror annotation, String attribute) {
		for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues()
			.entrySet()) {
			if (entry.getKey().getSimpleName().contentEquals(attribute)) {
				return entry.getValue().getValue();
			}
		}
		return null;
	}

	/** A string attribute, explicit or default, or {@code ""}. */
	static String string(AnnotationMirror annotation, String attribute) {
		Object explicit = explicit(annotation, attribute);
		if (explicit != null) {
			return explicit.toString();
		}
		for (Element member : type(annotation).getEnclosedElements()) {
			if (member instanceof ExecutableElement method && method.getSimpleName().contentEquals(attribute)
					&& method.getDefaultValue() != null) {
				Object value = method.getDefaultValue().getValue();
				return (value instanceof String string) ? string : "";
			}
		}
		return "";
	}

	/** A string-array attribute written on this annotation, or an empty list. */
	static List<String> strings(AnnotationMirror annotation, String attribute) {
		Object explicit = explicit(annotation, attribute);
		if (explicit instanceof List<?> values) {
			return values.stream().map((value) -> ((AnnotationValue) value).getValue().toString()).toList();
		}
		return (explicit != null) ? List.of(explicit.toString()) : List.of();
	}

	/** The {@code @AliasFor} on an annotation attribute, if any. */
	static @Nullable AnnotationMirror aliasFor(ExecutableElement attribute) {
		for (AnnotationMirror annotation : attribute.getAnnotationMirrors()) {
			if (nameOf(annotation).equals(ALIAS_FOR)) {
				return annotation;
			}
		}
		return null;
	}

}
