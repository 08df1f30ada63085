package dev.serveractions.revalidation;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * When a Spring MVC handler succeeded, runs its {@link Revalidates}: usually already done by the
 * {@link RevalidatingReturnValueHandler} before writing; this {@link HandlerInterceptor#postHandle
 * postHandle} covers the handlers whose return value Spring MVC handles without return value
 * handlers (a {@code void} method with {@code @ResponseStatus}). Not when the handler threw, nor
 * after 4xx/5xx outcomes or with validation errors in the model.
 */
final class RevalidatesAfterSuccess implements HandlerInterceptor {

	private final ObjectProvider<RevalidatesHandler> handler;

	RevalidatesAfterSuccess(ObjectProvider<RevalidatesHandler> handler) {
		this.handler = handler;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView modelAndView) {
		if (handler instanceof HandlerMethod method && succeeded(response.getStatus(),
				(modelAndView != null) ? modelAndView.getStatus() : null,
				(modelAndView != null) ? modelAndView.getModel() : Map.of())) {
			this.handler.getObject().afterSuccess(method.getMethod(), request);
		}
	}

	/**
	 * Whether a handler's outcome is a success: no error status on the response or in what it
	 * returned, and no validation errors in its model.
	 */
	static boolean succeeded(int responseStatus, @Nullable HttpStatusCode returnedStatus, Map<String, ?> model) {
		if (responseStatus >= 400 || (returnedStatus != null && returnedStatus.isError())) {
			return false;
		}
		for (Object value : model.values()) {
			if (value instanceof BindingResult result && result.hasErrors()) {
				return false;
			}
		}
		return true;
	}

}
