package dev.serveractions.route;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
 * through {@link ResponseEntityExceptionHandler} (400, 405, 406, 415...), validation failures
 * with their field errors, {@code @ResponseStatus} exceptions with their status, and anything
 * else into a {@code 500} that says nothing about the cause; the log has the cause. Spring
 * Security's exceptions pass through to its filters. Applies to route handlers only, after any
 * advice of the application.
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
			logger.error("Route handler " + handler.getShortLogMessage() + " failed", ex);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"The server could not complete the request.");
			return ResponseEntity.internalServerError().body(problem);
		}
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
