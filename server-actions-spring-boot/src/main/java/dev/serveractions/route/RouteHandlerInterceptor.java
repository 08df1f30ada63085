package dev.serveractions.route;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Around each route handler method: refuses a body whose declared length is over the limit before
 * the method runs ({@code 413}; a chunked body is counted as it is read, by {@link BodyLimit}),
 * and answers {@code 204 No Content} when a {@code void} method returned normally, whatever the
 * {@code Accept} header. A {@code void} method that takes the response to write it itself is left
 * alone.
 */
final class RouteHandlerInterceptor implements HandlerInterceptor {

	private final RouteHandlers routes;

	private final long maxBodySize;

	RouteHandlerInterceptor(RouteHandlers routes, long maxBodySize) {
		this.routes = routes;
		this.maxBodySize = maxBodySize;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (this.maxBodySize >= 0 && request.getContentLengthLong() > this.maxBodySize
				&& verbMethod(handler) != null) {
			throw BodyLimit.tooLarge(this.maxBodySize);
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView modelAndView) {
		RouteHandlers.VerbMethod verbMethod = verbMethod(handler);
		if (verbMethod != null && verbMethod.noContent() && !response.isCommitted()
				&& response.getStatus() == HttpStatus.OK.value()) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
		}
	}

	private RouteHandlers.@Nullable VerbMethod verbMethod(Object handler) {
		return (handler instanceof HandlerMethod method) ? this.routes.verbMethod(method.getMethod()) : null;
	}

}
