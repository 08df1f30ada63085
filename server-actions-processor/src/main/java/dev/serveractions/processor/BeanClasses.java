package dev.serveractions.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

import org.jspecify.annotations.Nullable;

/**
 * Whether Spring can make a bean of a class as the runtime needs it: public or package-private
 * classes are fine (Spring MVC maps the handler methods of a package-private {@code @Controller}
 * too); a private class cannot be subclassed for a proxy nor referenced by AOT-generated code, and
 * an inner class (not {@code static}) or a local class is never picked up by component scanning.
 */
final class BeanClasses {

	private BeanClasses() {
	}

	/** What keeps the class from being a bean, as the end of a sentence, or {@code null}. */
	static @Nullable String problem(TypeElement type) {
		if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
			return "is in a local class: Spring makes beans of top-level and static nested classes; move "
					+ type.getSimpleName() + " out of the method";
		}
		Element element = type;
		while (element instanceof TypeElement nested) {
			if (nested.getModifiers().contains(Modifier.PRIVATE)) {
				return "is in a private class, which Spring cannot proxy and AOT-generated code cannot reference: "
						+ "make " + nested.getSimpleName() + " package-private or public";
			}
			if (nested.getNestingKind() == NestingKind.MEMBER && !nested.getModifiers().contains(Modifier.STATIC)
					&& nested.getEnclosingElement().getKind() == ElementKind.CLASS) {
				return "is in an inner class, which component scanning skips: make " + nested.getSimpleName()
						+ " static";
			}
			element = nested.getEnclosingElement();
		}
		return null;
	}

}
