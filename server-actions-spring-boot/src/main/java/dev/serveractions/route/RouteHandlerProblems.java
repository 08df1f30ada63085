package dev.serveractions.route;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.serveractions.problem.ValidationErrors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a route handler into an RFC 9457 problem: Spring MVC's own exceptions
 * through {@link ResponseEntityExceptionHandler} (400, 405, 406, 415...), query or form
 * validation failures
 * with their field errors, {@code @ResponseStatus} exceptions with their status, and anything
 * else into a {@code 500} that says nothing about the cause; the log has the cause, naming the
 * handler. Spring Security's exceptions pass through to its filters, and parameters the container
 * could not decode to {@link UnreadableRequestFilter}, which answers 400 for every endpoint. Applies to route handlers
 * only, after any advice of the application.
 *
 * <p>A {@code 500} of this class's own on a request that changes state (POST, PUT, PATCH,
 * DELETE) never reads as if nothing happened: the method may have written before it failed, and a
 * client that sends the request again on a bare {@code 500} creates a duplicate. Its problem says
 * so in {@code effect}: {@code "applied"} when the method returned and only writing its answer
 * failed, else {@code "unknown"}. A problem the application built itself is left as it is.
 */
@RestControllerAdvice(annotations = RouteHandler.class)
@Order(Ordered.LOWEST_PRECEDENCE)
final class RouteHandlerProblems {

	private static final Log logger = LogFactory.getLog(RouteHandlerProblems.class);

	private final StandardProblems standard = new StandardProblems();

	@ExceptionHandler
	@Nullable ResponseEntity<?> handle(Exception ex, NativeWebRequest request, HandlerMethod handler) throws Exception {
		if (SecurityExceptions.isSecurityDecision(ex)) {
			throw ex; // Spring Security's filters answer it, as for a @RestController
		}
		if (MalformedParameters.status(ex) != null) {
			throw ex; // UnreadableRequestFilter answers it, as for any endpoint
		}
		try {
			return this.standard.handleException(ex, request);
		}
		catch (Exception notStandard) {
			ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
			if (status != null) {
				ProblemDetail problem = ProblemDetail.forStatus(status.code());
				if (!status.reason().isEmpty()) {
					problem.setDetail(status.reason());
				}
				return ResponseEntity.status(status.code()).body(problem);
			}
			return failed(ex, request, handler, false);
		}
	}

	/** Writing the answer of a method that returned failed: what it did is done. */
	@ExceptionHandler
	ResponseEntity<?> notWritable(HttpMessageNotWritableException ex, NativeWebRequest request, HandlerMethod handler) {
		return failed(ex, request, handler, true);
	}

	private static ResponseEntity<?> failed(Exception ex, NativeWebRequest request, HandlerMethod handler,
			boolean returned) {
		HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
		String method = (servletRequest != null) ? servletRequest.getMethod() : "";
		String where = (servletRequest != null) ? " on " + method + " " + servletRequest.getRequestURI() : "";
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		if (!changesState(method)) {
			logger.error("Route handler " + handler.getShortLogMessage() + " failed" + where, ex);
			problem.setDetail("The server could not complete the request.");
		}
		else if (returned) {
			logger.error("Route handler " + handler.getShortLogMessage() + " returned" + where
					+ ", so the request took effect, but writing its answer failed", ex);
			problem.setDetail("The request took effect, but the server could not write its answer. "
					+ "Do not send it again: read the resource to see the result.");
			problem.setProperty("effect", "applied");
		}
		else {
			logger.error("Route handler " + handler.getShortLogMessage() + " failed" + where
					+ "; the request may have taken effect before the failure", ex);
			problem.setDetail("The server failed while handling the request, possibly after it took effect. "
					+ "Check the resource's state before sending the request again.");
			problem.setProperty("effect", "unknown");
		}
		return ResponseEntity.internalServerError().body(problem);
	}

	private static boolean changesState(String method) {
		return !(HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)
				|| HttpMethod.OPTIONS.matches(method) || HttpMethod.TRACE.matches(method));
	}

	/** Spring's mapping of MVC exceptions, with field errors added to validation problems. */
	private static final class StandardProblems extends ResponseEntityExceptionHandler {

		private ValidationErrors errors() {
			return new ValidationErrors(getMessageSource(), LocaleContextHolder.getLocale());
		}

		@Override
		protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
				HttpHeaders headers, HttpStatusCode status, WebRequest request) {
			ex.getBody().setProperty("errors", errors().addAll(ex.getBindingResult()).entries());
			return super.handleMethodArgumentNotValid(ex, headers, status, request);
		}

		@Override
		protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
				HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
			ValidationErrors errors = errors();
			ex.getParameterValidationResults().forEach((result) -> {
				String name = result.getMethodParameter().getParameterName();
				for (MessageSourceResolvable error : result.getResolvableErrors()) {
					errors.add(error instanceof FieldError field ? field.getField() : name, error);
				}
			});
			ex.getBody().setProperty("errors", errors.entries());
			return super.handleHandlerMethodValidationException(ex, headers, status, request);
		}

	}

}
