package dev.serveractions.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic.Kind;

/**
 * Warns about a path variable of a route handler that no verb method receives: no parameter of
 * that name (which binds by name), no {@code @PathVariable("name")}, no {@code @PathVariable Map}.
 */
final class PathVariableUse {

	private PathVariableUse() {
	}

	static void warnUnreceived(Messager messager, String route, String path, Collection<ExecutableElement> verbs,
			TypeElement type, AnnotationMirror annotation) {
		for (String variable : PathTemplates.variables(path)) {
			if (verbs.stream().noneMatch((method) -> receives(method, variable))) {
				messager.printMessage(Kind.WARNING, route + ": no verb method receives the path variable \""
						+ variable + "\" of \"" + path + "\": add a parameter named " + variable
						+ " (or annotated @PathVariable(\"" + variable + "\"))", type, annotation);
			}
		}
	}

	private static boolean receives(ExecutableElement method, String variable) {
		for (VariableElement parameter : method.getParameters()) {
			AnnotationMirror pathVariable = Annotations.find(parameter, Annotations.PATH_VARIABLE);
			List<String> names = new ArrayList<>();
			if (pathVariable != null) {
				names.add(Annotations.string(pathVariable, "value"));
				names.add(Annotations.string(pathVariable, "name"));
				if (parameter.asType().toString().startsWith("java.util.Map")) {
					return true;
				}
			}
			if (names.contains(variable) || ((pathVariable == null || names.stream().allMatch(String::isEmpty))
					&& parameter.getSimpleName().contentEquals(variable))) {
				return true;
			}
		}
		return false;
	}

}
