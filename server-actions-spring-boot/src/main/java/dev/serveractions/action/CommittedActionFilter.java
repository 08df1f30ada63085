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

	/** Buffer for a page rendered after a committed action, so that a failure can still be undone. */
	private static final int PAGE_BUFFER = 256 * 1024;

	/** Marks the exchange's page render as one that must not fail the request. */
	static void expect(ActionExchange exchange) {
		exchange.request().setAttribute(ATTRIBUTE, exchange.requireInvocation());
		HttpServletResponse response = exchange.response();
		if (!response.isCommitted() && response.getBufferSize() < PAGE_BUFFER) {
			try {
				response.setBufferSize(PAGE_BUFFER);
			}
			catch (IllegalStateException written) {
				// content was written already: keep the container's buffer
			}
		}
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
