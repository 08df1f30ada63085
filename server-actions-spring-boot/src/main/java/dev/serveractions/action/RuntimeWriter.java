package dev.serveractions.action;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers the client runtime: the page again in the same response wherever a browser with
 * JavaScript off would be redirected back to it (one round trip), redirects elsewhere as
 * {@code 303} (the runtime follows them), and problems as JSON.
 */
final class RuntimeWriter implements OutcomeWriter {

	private final Pages pages;

	private final ActionResponses responses;

	RuntimeWriter(Pages pages, ActionResponses responses) {
		this.pages = pages;
		this.responses = responses;
	}

	@Override
	public @Nullable ModelAndView write(Outcome outcome, ActionExchange exchange) throws Exception {
		var request = exchange.request();
		var response = exchange.response();
		switch (outcome.kind()) {
			case REDIRECT -> {
				Redirects.seeOther(response,
						Redirects.prepare(String.valueOf(outcome.location()), request, response, exchange.redirect()));
				return null;
			}
			case OK, RESULT -> {
				var redirect = exchange.redirect();
				if (outcome.kind() == Outcome.Kind.OK && redirect != null && !redirect.isEmpty()) {
					// query parameters for the page: only a new request of it carries them
					Redirects.seeOther(response, Redirects.prepare(Redirects.pageUrl(request), request, response, redirect));
					return null;
				}
				Map<String, Object> model = (outcome.kind() == Outcome.Kind.RESULT) ? exchange.model() : Map.of();
				ModelAndView page = this.pages.renderCommitted(exchange, model);
				if (page == null) {
					Redirects.navigate(response, Redirects.prepare(Redirects.pageUrl(request), request, response, redirect));
					return null;
				}
				if (redirect instanceof org.springframework.web.servlet.mvc.support.RedirectAttributes attributes) {
					// the flash message shows in this very answer, once
					page.addAllObjects(attributes.getFlashAttributes());
				}
				return page;
			}
			case INVALID -> {
				return this.pages.renderInvalid(exchange, outcome);
			}
			case FAILED -> {
				return this.pages.renderFailure(exchange, outcome);
			}
			default -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(outcome.status(), outcome.message());
				if (outcome.kind() == Outcome.Kind.STALE) {
					// the runtime shows it next to the form of the reloaded page, as the page without it does
					problem.setTitle(ActionResponses.STALE_TITLE);
				}
				this.responses.problem(ClientShape.RUNTIME, request, response, problem);
				return null;
			}
		}
	}

}
