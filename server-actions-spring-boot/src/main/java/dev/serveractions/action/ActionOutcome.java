package dev.serveractions.action;

import jakarta.servlet.ServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * What a server action left for the page rendered again in its response; Thymeleaf pages read
 * it as {@code ${#actions.result}}, {@code ${#actions.error}} and
 * {@code ${#actions.correlationId}}.
 *
 * @param action the action's name
 * @param result the value the action returned, if any
 * @param error a message safe to show: a {@link UserFacingException}'s message or a generic
 * one
 * @param correlationId for an unexpected failure, the id that the log carries too
 */
public record ActionOutcome(String action, @Nullable Object result, @Nullable String error,
		@Nullable String correlationId) {

	/** Request attribute holding the outcome while the page is rendered again. */
	public static final String ATTRIBUTE = ActionOutcome.class.getName();

	/**
	 * Request attribute that a template sets by reading the error: a failed action's page that
	 * never shows it is not sent (the application's error page answers instead).
	 */
	public static final String ERROR_SHOWN_ATTRIBUTE = ActionOutcome.class.getName() + ".errorShown";

	/**
	 * The outcome of the action this request ran.
	 * @param request the current request
	 * @return the outcome, or {@code null} when no action ran
	 */
	public static @Nullable ActionOutcome of(ServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof ActionOutcome outcome) ? outcome : null;
	}

}
