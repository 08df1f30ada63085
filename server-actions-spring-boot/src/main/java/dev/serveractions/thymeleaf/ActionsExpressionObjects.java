package dev.serveractions.thymeleaf;

import java.util.Set;

import dev.serveractions.action.ActionOutcome;
import dev.serveractions.action.ServerActions;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Builds {@code #actions} once per template execution. */
final class ActionsExpressionObjects implements IExpressionObjectFactory {

	static final String NAME = "actions";

	private final ServerActions actions;

	ActionsExpressionObjects(ServerActions actions) {
		this.actions = actions;
	}

	@Override
	public Set<String> getAllExpressionObjectNames() {
		return Set.of(NAME);
	}

	@Override
	public @Nullable Object buildObject(IExpressionContext context, String expressionObjectName) {
		if (!NAME.equals(expressionObjectName)) {
			return null;
		}
		ActionOutcome outcome = null;
		IWebExchange exchange = (context instanceof IWebContext web) ? web.getExchange() : null;
		if (exchange != null && exchange.getAttributeValue(ActionOutcome.ATTRIBUTE) instanceof ActionOutcome found) {
			outcome = found;
		}
		return new Actions(this.actions, outcome, exchange);
	}

	@Override
	public boolean isCacheable(String expressionObjectName) {
		return true;
	}

	/**
	 * {@code #actions} in templates.
	 */
	public static final class Actions {

		private final ServerActions actions;

		private final @Nullable ActionOutcome outcome;

		private final @Nullable IWebExchange exchange;

		Actions(ServerActions actions, @Nullable ActionOutcome outcome, @Nullable IWebExchange exchange) {
			this.actions = actions;
			this.outcome = outcome;
			this.exchange = exchange;
		}

		/** The value the action of this request returned: {@code ${#actions.result}}. */
		public @Nullable Object getResult() {
			return (this.outcome != null) ? this.outcome.result() : null;
		}

		/** The message of a failed action: {@code ${#actions.error}}. */
		public @Nullable String getError() {
			if (this.outcome == null || this.outcome.error() == null) {
				return null;
			}
			if (this.exchange != null) {
				// the page shows the failure, so it may be sent
				this.exchange.setAttributeValue(ActionOutcome.ERROR_SHOWN_ATTRIBUTE, Boolean.TRUE);
			}
			return this.outcome.error();
		}

		/** The correlation id of an unexpected failure, also in the log. */
		public @Nullable String getCorrelationId() {
			return (this.outcome != null) ? this.outcome.correlationId() : null;
		}

		/** The name of the action this request ran, if any. */
		public @Nullable String getAction() {
			return (this.outcome != null) ? this.outcome.action() : null;
		}

		/** Whether the named action ran in this request: {@code ${#actions.ran('todos.create')}}. */
		public boolean ran(String name) {
			return this.outcome != null && this.outcome.action().equals(name);
		}

		/** The id of the named action: {@code ${#actions.id('todos.create')}}. */
		public String id(String name) {
			return this.actions.id(name);
		}

	}

}
