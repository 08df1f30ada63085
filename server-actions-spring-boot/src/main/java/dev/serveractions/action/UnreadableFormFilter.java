package dev.serveractions.action;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code 400} with a problem when a filter could not read the request's body: Spring's
 * {@code FormContentFilter} parses the form body of a PUT, PATCH or DELETE before any handler
 * and throws on a bad {@code %}-escape, which the servlet container would answer {@code 500}
 * with a stack trace in the log. Ordered just outside that filter.
 */
final class UnreadableFormFilter extends OncePerRequestFilter implements Ordered {

	private final ActionResponses responses;

	UnreadableFormFilter(ActionResponses responses) {
		this.responses = responses;
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
		catch (HttpMessageNotReadableException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			this.responses.json(response, HttpStatus.BAD_REQUEST,
					ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request's body could not be read."));
		}
	}

}
