package dev.serveractions.revalidation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Runs {@link Revalidates} for Spring MVC handlers after success and before the response is
 * written: as a {@link ResponseBodyAdvice} for bodies ({@code @ResponseBody}, route handlers,
 * {@code ResponseEntity}) and as a {@link HandlerInterceptor#postHandle postHandle} for views
 * and redirects. Neither runs when the handler threw; both skip 4xx/5xx statuses and models
 * with validation errors.
 */
@ControllerAdvice
final class RevalidatesAfterSuccess implements ResponseBodyAdvice<Object>, HandlerInterceptor {

	private final RevalidatesHandler handler;

	RevalidatesAfterSuccess(RevalidatesHandler handler) {
		this.handler = handler;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return returnType.getMethod() != null && RevalidatesHandler.find(returnType.getMethod()) != null;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (request instanceof ServletServerHttpRequest servletRequest
				&& response instanceof ServletServerHttpResponse servletResponse
				&& succeeded(servletResponse.getServletResponse(), null) && returnType.getMethod() != null) {
			this.handler.afterSuccess(returnType.getMethod(), servletRequest.getServletRequest());
		}
		return body;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView modelAndView) {
		if (handler instanceof HandlerMethod method && succeeded(response, modelAndView)) {
			this.handler.afterSuccess(method.getMethod(), request);
		}
	}

	private static boolean succeeded(HttpServletResponse response, @Nullable ModelAndView modelAndView) {
		if (response.getStatus() >= 400) {
			return false;
		}
		if (modelAndView != null) {
			for (Object value : modelAndView.getModel().values()) {
				if (value instanceof BindingResult result && result.hasErrors()) {
					return false;
				}
			}
			if (modelAndView.getStatus() != null && modelAndView.getStatus().isError()) {
				return false;
			}
		}
		return true;
	}

}
