package dev.serveractions.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

import org.jspecify.annotations.Nullable;

/**
 * The bean name Spring's {@code AnnotationBeanNameGenerator} gives a scanned class: the value
 * of its stereotype ({@code @Component("name")}, {@code @Service("name")}...), else the simple
 * name, nested classes as {@code Outer.Inner}, with its first letter lower-cased unless the
 * first two are upper case ({@code URLActions} stays {@code URLActions}).
 */
final class BeanNames {

	private BeanNames() {
	}

	static String of(TypeElement type) {
		for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
			String name = stereotypeName(annotation);
			if (name != null && !name.isEmpty()) {
				return name;
			}
		}
		return uncapitalize(shortName(type));
	}

	/** The name a stereotype annotation gives, when its {@code value} names the component. */
	private static @Nullable String stereotypeName(AnnotationMirror annotation) {
		if (Annotations.meta(annotation, Annotations.COMPONENT) == null) {
			return null;
		}
		Object value = Annotations.explicit(annotation, "value");
		if (!(value instanceof String name)) {
			return null;
		}
		if (Annotations.nameOf(annotation).equals(Annotations.COMPONENT)) {
			return name;
		}
		for (Element member : Annotations.type(annotation).getEnclosedElements()) {
			if (member instanceof ExecutableElement attribute && attribute.getSimpleName().contentEquals("value")) {
				AnnotationMirror alias = Annotations.aliasFor(attribute);
				// Spring 7: a value aliased to anything but @Component's value is not a name
				return (alias == null || aliasesComponentValue(alias)) ? name : null;
			}
		}
		return null;
	}

	private static boolean aliasesComponentValue(AnnotationMirror alias) {
		Object target = Annotations.explicit(alias, "annotation");
		if (target == null || !target.toString().equals(Annotations.COMPONENT)) {
			return false;
		}
		Object attribute = Annotations.explicit(alias, "attribute");
		Object value = Annotations.explicit(alias, "value");
		String aliased = (attribute != null) ? attribute.toString() : (value != null) ? value.toString() : "value";
		return aliased.isEmpty() || aliased.equals("value");
	}

	private static String shortName(TypeElement type) {
		String name = type.getSimpleName().toString();
		Element enclosing = type.getEnclosingElement();
		while (enclosing != null && (enclosing.getKind().isClass() || enclosing.getKind().isInterface()
				|| enclosing.getKind() == ElementKind.ENUM || enclosing.getKind() == ElementKind.RECORD)) {
			name = enclosing.getSimpleName() + "." + name;
			enclosing = enclosing.getEnclosingElement();
		}
		return name;
	}

	static String uncapitalize(String name) {
		if (name.isEmpty() || (name.length() > 1 && Character.isUpperCase(name.charAt(1))
				&& Character.isUpperCase(name.charAt(0)))) {
			return name;
		}
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
