package dev.serveractions.action;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.ModelAndView;

/**
 * Writes an {@link Outcome} in the shape one kind of client expects; there is one writer per
 * {@link ClientShape}.
 */
interface OutcomeWriter {

	/**
	 * Answers the outcome.
	 * @return the page to render again, or {@code null} when the response is written
	 */
	@Nullable ModelAndView write(Outcome outcome, ActionExchange exchange) throws Exception;

}
