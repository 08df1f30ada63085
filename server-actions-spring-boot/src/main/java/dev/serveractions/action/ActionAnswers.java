package dev.serveractions.action;

import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerAdapter;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.ViewResolver;

/**
 * Writes every action outcome with the writer for its client's shape, and names the outcome in
 * the {@code Sa-Outcome} header.
 */
final class ActionAnswers {

	private final Map<ClientShape, OutcomeWriter> writers = new EnumMap<>(ClientShape.class);

	private final ActionResponses responses;

	ActionAnswers(ObjectProvider<HandlerAdapter> adapters, ObjectProvider<ViewResolver> viewResolvers,
			ActionResponses responses) {
		this.responses = responses;
		Pages pages = new Pages(adapters, viewResolvers, responses);
		this.writers.put(ClientShape.FORM, new FormWriter(pages, responses));
		this.writers.put(ClientShape.RUNTIME, new RuntimeWriter(pages, responses));
		this.writers.put(ClientShape.JSON, new JsonWriter(responses));
	}

	@Nullable ModelAndView write(Outcome outcome, ActionExchange exchange) throws Exception {
		ClientShape client = (exchange.invocation() != null) ? exchange.invocation().client()
				: ClientShape.of(exchange.request());
		ActionInvocation invocation = exchange.invocation();
		if (invocation != null) {
			// what the page rendered again reads as #actions
			boolean failed = outcome.kind() == Outcome.Kind.FAILED;
			exchange.request()
				.setAttribute(ActionOutcome.ATTRIBUTE, new ActionOutcome(invocation.action().name(), outcome.result(),
						failed ? outcome.message() : null, outcome.correlationId()));
		}
		String header = outcome.kind().header();
		if (header != null) {
			exchange.response().setHeader(ServerActions.OUTCOME_HEADER, header);
		}
		return this.writers.get(client).write(outcome, exchange);
	}

	/**
	 * Writes the outcome of an exception, as a {@code HandlerExceptionResolver} answers: the page
	 * to render, or an empty {@code ModelAndView} when the response is written. When the page
	 * cannot show a failure (its own GET fails too, as for an id that does not exist), the
	 * failure's problem answers instead, so that the exception is not thrown a second time;
	 * {@code null} only when nothing could be written.
	 */
	@Nullable ModelAndView resolve(Outcome outcome, HttpServletRequest request, HttpServletResponse response,
			ActionInvocation invocation) {
		try {
			ModelAndView page = write(outcome,
					new ActionExchange(request, response, invocation, ActionInvoker.boundModel(request), null));
			return (page != null) ? page : new ModelAndView();
		}
		catch (Exception pageFailed) {
			if (outcome.kind() != Outcome.Kind.FAILED || response.isCommitted()) {
				return null;
			}
			try {
				response.resetBuffer();
				this.responses.problem(invocation.client(), request, response, this.responses.failureProblem(outcome));
				return new ModelAndView();
			}
			catch (Exception writeFailed) {
				return null;
			}
		}
	}

}
