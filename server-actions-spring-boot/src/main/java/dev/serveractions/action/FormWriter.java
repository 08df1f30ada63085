package dev.serveractions.action;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a form posted with JavaScript off: post/redirect/get after a success, the page again
 * for a result, a validation failure or a failure it shows, and small pages for rejections.
 */
final class FormWriter implements OutcomeWriter {

	private final Pages pages;

	private final ActionResponses responses;

	FormWriter(Pages pages, ActionResponses responses) {
		this.pages = pages;
		this.responses = responses;
	}

	@Override
	public @Nullable ModelAndView write(Outcome outcome, ActionExchange exchange) throws Exception {
		var request = exchange.request();
		var response = exchange.response();
		switch (outcome.kind()) {
			case REDIRECT -> {
				String location = Redirects.prepare(String.valueOf(outcome.location()), request, response,
						exchange.redirect());
				return RedirectViewResolver.seeOther(String.valueOf(outcome.view()), location, request,
						exchange.redirect());
			}
			case OK -> {
				Redirects.seeOther(response,
						Redirects.prepare(Redirects.pageUrl(request), request, response, exchange.redirect()));
				return null;
			}
			case RESULT -> {
				ModelAndView page = this.pages.renderCommitted(exchange, exchange.model());
				if (page == null) {
					Redirects.seeOther(response, Redirects.pageUrl(request));
				}
				return page;
			}
			case INVALID -> {
				return this.pages.renderInvalid(exchange, outcome);
			}
			case FAILED -> {
				return this.pages.renderFailure(exchange, outcome);
			}
			case STALE -> {
				this.responses.stalePage(request, response, outcome.status().value(), String.valueOf(outcome.message()));
				return null;
			}
			default -> {
				this.responses.problem(ClientShape.FORM, request, response,
						ProblemDetail.forStatusAndDetail(outcome.status(), outcome.message()));
				return null;
			}
		}
	}

}
