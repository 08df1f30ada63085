package dev.serveractions.action;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers Spring MVC's own client errors from an action (a missing parameter, a type mismatch, an
 * unreadable body) with an RFC 9457 problem, or a small page with JavaScript off. It sits just
 * before Spring's {@code DefaultHandlerExceptionResolver}, after the application's
 * {@code @ExceptionHandler}s and {@code @ResponseStatus}, which keep the first word.
 */
final class StandardProblemResolver implements HandlerExceptionResolver {

	private final ObjectProvider<ActionAnswers> answers;

	private final StandardProblems problems = new StandardProblems();

	private final RefusedRequests refused;

	StandardProblemResolver(ObjectProvider<ActionAnswers> answers, RefusedRequests refused) {
		this.answers = answers;
		this.refused = refused;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!(handler instanceof ActionInvocation invocation)) {
			return null;
		}
		ProblemDetail problem = this.problems.problem(ex, request, response);
		if (problem == null || !HttpStatusCode.valueOf(problem.getStatus()).is4xxClientError()) {
			return null;
		}
		this.refused.refused(RefusedRequests.INVALID_INPUT, problem.getStatus(), request);
		Outcome outcome = Outcome.rejected(HttpStatusCode.valueOf(problem.getStatus()),
				(problem.getDetail() != null) ? problem.getDetail() : "The request is not valid.");
		return this.answers.getObject().resolve(outcome, request, response, invocation);
	}

	/** Spring MVC's own mapping of its exceptions to problems. */
	private static final class StandardProblems extends ResponseEntityExceptionHandler {

		@Nullable ProblemDetail problem(Exception ex, HttpServletRequest request, HttpServletResponse response) {
			try {
				ResponseEntity<Object> entity = handleException(ex, new ServletWebRequest(request, response));
				return (entity != null && entity.getBody() instanceof ProblemDetail problem) ? problem : null;
			}
			catch (Exception notStandard) {
				return null;
			}
		}

	}

}
