package dev.serveractions.route;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Around each route handler method: refuses a body whose declared length is over the limit before
 * the method runs ({@code 413}; a chunked body is counted as it is read, by {@link BodyLimit}),
 * refuses a body whose {@code Content-Type} is a wildcard such as {@code application/*} ({@code 415}),
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
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotSupportedException {
		if (verbMethod(handler) == null) {
			return true;
		}
		if (this.maxBodySize >= 0 && request.getContentLengthLong() > this.maxBodySize) {
			throw BodyLimit.tooLarge(this.maxBodySize);
		}
		MediaType wildcard = wildcardContentType(request);
		if (wildcard != null) {
			throw new HttpMediaTypeNotSupportedException(wildcard, List.of(), HttpMethod.valueOf(request.getMethod()));
		}
		return true;
	}

	/**
	 * The {@code Content-Type} of a request with a body when it is a range such as {@code application/*}
	 * or {@code *}{@code /*}: it names no format to read the body as (and Spring MVC fails on it
	 * with an {@code IllegalArgumentException} when the request has a character encoding).
	 */
	private static @Nullable MediaType wildcardContentType(HttpServletRequest request) {
		String contentType = request.getContentType();
		boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		if (contentType == null || !hasBody) {
			return null;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return (type.isWildcardType() || type.isWildcardSubtype()) ? type : null;
		}
		catch (InvalidMediaTypeException ex) {
			return null; // Spring MVC answers 415
		}
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
