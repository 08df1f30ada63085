package dev.serveractions.action;

import java.lang.reflect.Method;

import org.springframework.web.method.HandlerMethod;

/**
 * One server action: its name, its current id, and the bean method Spring MVC invokes. A
 * singleton bean is resolved once; other scopes are resolved per request.
 */
record ActionMethod(String name, String id, Method method, HandlerMethod handlerMethod, boolean singleton,
		int boundParameters) {

	HandlerMethod resolvedHandlerMethod() {
		return this.singleton ? this.handlerMethod : this.handlerMethod.createWithResolvedBean();
	}

	String describe() {
		return this.method.getDeclaringClass().getName() + "." + this.method.getName();
	}

}
