package dev.serveractions.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

import org.jspecify.annotations.Nullable;

/**
 * Checks the {@code @ServerAction} methods and {@code @Bound} parameters of one class, at the
 * element, and gives their index entries, named as the runtime names them: the annotation's
 * value, else {@code beanName.methodName}. {@code @Bound} is for the parameters of actions and of
 * the {@code @ModelAttribute} methods of a class with actions (they run before each of its
 * actions and take the action's bound value of the same name).
 */
final class ActionChecks {

	private final Messager messager;

	private final Elements elements;

	ActionChecks(Messager messager, Elements elements) {
		this.messager = messager;
		this.elements = elements;
	}

	/** The actions the class declares, each with the method it came from. */
	List<Found> check(TypeElement type) {
		List<Found> actions = new ArrayList<>();
		List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
		boolean hasActions = methods.stream()
			.anyMatch((method) -> Annotations.find(method, Annotations.SERVER_ACTION) != null);
		for (ExecutableElement method : methods) {
			AnnotationMirror annotation = Annotations.find(method, Annotations.SERVER_ACTION);
			if (annotation == null) {
				if (!hasActions || Annotations.find(method, Annotations.MODEL_ATTRIBUTE) == null) {
					boundOutsideAction(type, method);
				}
				continue;
			}
			String where = "@ServerAction " + type.getQualifiedName() + "." + method.getSimpleName() + "()";
			String wrong = wrongModifier(method.getModifiers());
			if (wrong != null) {
				this.messager.printMessage(Kind.ERROR, where + " is " + wrong + ": an action must be a public, "
						+ "non-static, non-abstract method of a bean", method, annotation);
				continue;
			}
			String notABean = BeanClasses.problem(type);
			if (notABean != null) {
				this.messager.printMessage(Kind.ERROR, where + " " + notABean, method, annotation);
				continue;
			}
			String value = Annotations.string(annotation, "value");
			String name = value.isEmpty() ? BeanNames.of(type) + "." + method.getSimpleName() : value;
			List<String> bound = new ArrayList<>();
			for (VariableElement parameter : method.getParameters()) {
				if (Annotations.find(parameter, Annotations.BOUND) != null) {
					bound.add(parameter.getSimpleName().toString());
				}
			}
			Index.Action action = new Index.Action(name, this.elements.getBinaryName(type).toString(),
					method.getSimpleName().toString(), List.copyOf(bound));
			actions.add(new Found(action, method));
		}
		return actions;
	}

	private void boundOutsideAction(TypeElement type, ExecutableElement method) {
		for (VariableElement parameter : method.getParameters()) {
			AnnotationMirror bound = Annotations.find(parameter, Annotations.BOUND);
			if (bound != null) {
				this.messager.printMessage(Kind.ERROR, "@Bound parameter " + parameter.getSimpleName() + " of "
						+ type.getQualifiedName() + "." + method.getSimpleName() + "() is not in a @ServerAction "
						+ "method: only actions, and the @ModelAttribute methods of their class, receive values "
						+ "bound with sa:bind; annotate the method with @ServerAction or remove @Bound", parameter,
						bound);
			}
		}
	}

	private static @Nullable String wrongModifier(Set<Modifier> modifiers) {
		if (modifiers.contains(Modifier.PRIVATE)) {
			return "private";
		}
		if (modifiers.contains(Modifier.STATIC)) {
			return "static";
		}
		if (modifiers.contains(Modifier.ABSTRACT)) {
			return "abstract";
		}
		if (!modifiers.contains(Modifier.PUBLIC)) {
			return modifiers.contains(Modifier.PROTECTED) ? "protected" : "package-private";
		}
		return null;
	}

	/**
	 * An action and the method that declares it, for messages at the element.
	 * @param action the index entry
	 * @param method the annotated method
	 */
	record Found(Index.Action action, ExecutableElement method) {
	}

}
