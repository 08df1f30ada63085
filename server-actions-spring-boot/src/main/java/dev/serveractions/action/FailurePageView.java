package dev.serveractions.action;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders the page of a failed action into a buffer, and sends it only if the page showed the
 * failure ({@code ${#actions.error}}): a page that does not must not look like a success. Then a
 * browser with JavaScript off gets the application's error page, and the client runtime a
 * problem that it shows as a message next to the form, the user's input untouched.
 */
final class FailurePageView implements View {

	private final View page;

	private final ClientShape client;

	private final Outcome outcome;

	private final ActionResponses responses;

	FailurePageView(View page, ClientShape client, Outcome outcome, ActionResponses responses) {
		this.page = page;
		this.client = client;
		this.outcome = outcome;
		this.responses = responses;
	}

	@Override
	public @Nullable String getContentType() {
		return this.page.getContentType();
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		ContentCachingResponseWrapper buffer = new ContentCachingResponseWrapper(response);
		this.page.render(model, request, buffer);
		if (request.getAttribute(ActionOutcome.ERROR_SHOWN_ATTRIBUTE) != null) {
			buffer.copyBodyToResponse();
			return;
		}
		// nothing of the page was sent: the answer is another representation
		response.setContentType(null);
		int status = this.outcome.status().value();
		if (this.client == ClientShape.FORM) {
			String reference = this.outcome.correlationId();
			response.sendError(status, (reference != null) ? "Reference: " + reference : this.outcome.message());
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.outcome.status(), this.outcome.message());
		if (this.outcome.correlationId() != null) {
			problem.setProperty("correlationId", this.outcome.correlationId());
		}
		this.responses.problem(this.client, request, response, problem);
	}

}
