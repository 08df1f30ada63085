package dev.serveractions.action;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a committed action from answering an error: when an action succeeded and rendering its
 * page again fails (a template error), the half-rendered page is dropped and the browser is sent
 * to the page ({@code 303}, or a navigation for the client runtime), whose GET then shows what
 * the application shows. Other requests pass through untouched.
 */
final class CommittedActionFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(CommittedActionFilter.class);

	private static final String ATTRIBUTE = CommittedActionFilter.class.getName();

	/**
	 * Marks the exchange's page render as one that must not fail the request. A failure after the
	 * container flushed part of the page (its buffer, 8 KB in Tomcat, was full) cannot be undone;
	 * {@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false} makes
	 * Thymeleaf write the page only once it is complete.
	 */
	static void expect(ActionExchange exchange) {
		exchange.request().setAttribute(ATTRIBUTE, exchange.requireInvocation());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!(request.getAttribute(ATTRIBUTE) instanceof ActionInvocation invocation) || response.isCommitted()) {
				throw ex;
			}
			String page = Redirects.pageUrl(request);
			logger.error("Server action \"" + invocation.action().name()
					+ "\" succeeded, but rendering its page again failed; sending the browser to " + page, ex);
			response.reset();
			if (invocation.client() == ClientShape.FORM) {
				Redirects.seeOther(response, page);
			}
			else {
				Redirects.navigate(response, page);
			}
		}
	}

}
