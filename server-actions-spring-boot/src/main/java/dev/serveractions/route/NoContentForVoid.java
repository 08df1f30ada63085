package dev.serveractions.route;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Answers {@code 204 No Content} when a route handler method returns {@code void}, where a
 * {@code @RestController} would answer an empty {@code 200}.
 */
@ControllerAdvice(annotations = RouteHandler.class)
final class NoContentForVoid implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return returnType.getParameterType() == void.class
				&& AnnotatedElementUtils.hasAnnotation(returnType.getContainingClass(), RouteHandler.class);
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body == null) {
			response.setStatusCode(HttpStatus.NO_CONTENT);
		}
		return body;
	}

}
