package dev.serveractions.action;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a script that asked for JSON ({@code ServerActions.call}): {@code 200} with
 * {@code {outcome, location | result}} for a success, an RFC 9457 problem otherwise.
 */
final class JsonWriter implements OutcomeWriter {

	private final ActionResponses responses;

	JsonWriter(ActionResponses responses) {
		this.responses = responses;
	}

	@Override
	public @Nullable ModelAndView write(Outcome outcome, ActionExchange exchange) throws Exception {
		var request = exchange.request();
		var response = exchange.response();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", String.valueOf(outcome.kind().header()));
		switch (outcome.kind()) {
			case REDIRECT -> {
				body.put("location", Redirects.prepare(String.valueOf(outcome.location()), request, response,
						exchange.redirect()));
				this.responses.json(response, HttpStatus.OK, body);
			}
			case OK -> this.responses.json(response, HttpStatus.OK, body);
			case RESULT -> {
				body.put("result", outcome.result());
				this.responses.json(response, HttpStatus.OK, body);
			}
			case INVALID -> this.responses.problem(ClientShape.JSON, request, response, this.responses.invalidProblem(request, outcome));
			case FAILED -> this.responses.problem(ClientShape.JSON, request, response, this.responses.failureProblem(outcome));
			default -> {
				this.responses.problem(ClientShape.JSON, request, response,
						ProblemDetail.forStatusAndDetail(outcome.status(), outcome.message()));
			}
		}
		return null;
	}

}
