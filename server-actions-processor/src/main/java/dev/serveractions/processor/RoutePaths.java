package dev.serveractions.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * The path of a route handler as Spring's merged annotations give it: {@code @RouteHandler}'s
 * {@code value} or {@code path}, or, on a composed annotation, the attribute declared
 * {@code @AliasFor(annotation = RouteHandler.class)}, else the value the composed annotation's
 * own {@code @RouteHandler} carries.
 */
final class RoutePaths {

	private RoutePaths() {
	}

	static String of(AnnotationMirror annotation) {
		if (Annotations.nameOf(annotation).equals(Annotations.ROUTE_HANDLER)) {
			return direct(annotation);
		}
		for (Element member : Annotations.type(annotation).getEnclosedElements()) {
			if (member instanceof ExecutableElement attribute) {
				AnnotationMirror alias = Annotations.aliasFor(attribute);
				Object target = (alias != null) ? Annotations.explicit(alias, "annotation") : null;
				if (target != null && target.toString().equals(Annotations.ROUTE_HANDLER)) {
					String value = Annotations.string(annotation, attribute.getSimpleName().toString());
					if (!value.isEmpty()) {
						return value;
					}
				}
			}
		}
		for (AnnotationMirror meta : Annotations.type(annotation).getAnnotationMirrors()) {
			AnnotationMirror routeHandler = Annotations.meta(meta, Annotations.ROUTE_HANDLER);
			if (routeHandler != null) {
				return of(meta);
			}
		}
		return "";
	}

	private static String direct(AnnotationMirror annotation) {
		String value = Annotations.string(annotation, "value");
		return value.isEmpty() ? Annotations.string(annotation, "path") : value;
	}

}
