package dev.serveractions.route;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request the container could not decode with an RFC 9457 problem ({@code 400}, or
 * the status Tomcat gives), whichever endpoint it was for: parameters with a bad {@code %}-escape
 * or too many of them ({@link MalformedParameters}), wherever they were first read (a
 * {@code @RequestParam}, a filter such as Spring Security's CSRF check, the live stream), and a
 * form body that Spring's {@code FormContentFilter} could not parse for a PUT, PATCH or DELETE.
 * Left alone, the servlet container answers these through the error page and logs an ERROR with
 * a stack trace; here they are logged at DEBUG. Ordered just outside {@code FormContentFilter},
 * so outside Spring Security's filters too.
 */
final class UnreadableRequestFilter extends OncePerRequestFilter implements Ordered {

	/** How deep in the causes to look: Spring MVC wraps the container's exception once or twice. */
	private static final int MAX_CAUSES = 8;

	private static final Log logger = LogFactory.getLog(UnreadableRequestFilter.class);

	private final Supplier<List<HttpMessageConverter<?>>> converters;

	/** @param converters the application's converters, so that the problem looks as its others */
	UnreadableRequestFilter(Supplier<List<HttpMessageConverter<?>>> converters) {
		this.converters = converters;
	}

	@Override
	public int getOrder() {
		return OrderedFormContentFilter.DEFAULT_ORDER - 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			ProblemDetail problem = problem(ex);
			if (problem == null || response.isCommitted()) {
				throw ex;
			}
			if (logger.isDebugEnabled()) {
				logger.debug("Answered " + request.getMethod() + " with " + problem.getStatus() + ": "
						+ problem.getDetail());
			}
			response.reset();
			write(response, problem);
		}
	}

	/** The problem to answer, or {@code null} when the failure is not about reading the request. */
	private static @Nullable ProblemDetail problem(Throwable ex) {
		Throwable cause = ex;
		for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
			HttpStatusCode status = MalformedParameters.status(cause);
			if (status != null) {
				return ProblemDetail.forStatusAndDetail(status, MalformedParameters.DETAIL);
			}
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request's body could not be read.");
		}
		return null;
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		for (HttpMessageConverter<?> converter : this.converters.get()) {
			if (converter.canWrite(ProblemDetail.class, MediaType.APPLICATION_PROBLEM_JSON)) {
				@SuppressWarnings("unchecked")
				HttpMessageConverter<Object> writer = (HttpMessageConverter<Object>) converter;
				writer.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
				return;
			}
		}
		throw new IllegalStateException("No message converter writes " + MediaType.APPLICATION_PROBLEM_JSON);
	}

}
