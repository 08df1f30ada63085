package dev.serveractions.action;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a multipart body the container cannot parse with {@code 400} instead of Spring MVC's
 * default {@code 500}. The body fails before any handler is known, so this applies to every
 * request that failed that early, and to action requests.
 */
final class MalformedMultipartResolver implements HandlerExceptionResolver, Ordered {

	private final ActionResponses responses;

	private final RefusedRequests refused;

	MalformedMultipartResolver(ActionResponses responses, RefusedRequests refused) {
		this.responses = responses;
		this.refused = refused;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!(ex instanceof MultipartException) || ex instanceof MaxUploadSizeExceededException
				|| !(handler == null || handler instanceof ActionInvocation)) {
			return null;
		}
		this.refused.refused(RefusedRequests.MALFORMED, HttpStatus.BAD_REQUEST.value(), request);
		try {
			this.responses.problem(ClientShape.of(request), request, response,
					ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The multipart body is malformed."));
			return new ModelAndView();
		}
		catch (Exception writeFailed) {
			return null;
		}
	}

}
