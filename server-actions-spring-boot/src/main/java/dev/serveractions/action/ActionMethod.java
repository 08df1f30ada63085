package dev.serveractions.action;

import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.web.method.HandlerMethod;

/**
 * One server action: its name, its id under the current key, the bean method Spring MVC invokes, and the names of its {@link Bound @Bound}
 * parameters in order, of which the first {@code requiredBound} must have a value (the others are
 * optional and may be left out of {@code sa:bind}). The {@code HandlerMethod} is created on the action's first request (500 of
 * them cost startup time). A singleton bean is resolved once; other scopes are resolved per
 * request.
 */
record ActionMethod(String name, String id, Method method,
		Supplier<HandlerMethod> handlerMethod, boolean singleton, List<String> boundNames,
		int requiredBound) {

	HandlerMethod resolvedHandlerMethod() {
		HandlerMethod handlerMethod = this.handlerMethod.get();
		return this.singleton ? handlerMethod : handlerMethod.createWithResolvedBean();
	}

	String describe() {
		return this.method.getDeclaringClass().getName() + "." + this.method.getName();
	}

}
