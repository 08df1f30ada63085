package dev.serveractions.action;

import java.util.Locale;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * The {@code serveractions.action} observation around one action run, so that timers and traces
 * come from Micrometer's own handlers: low-cardinality {@code name} (the action's name) and
 * {@code outcome} ({@code redirect}, {@code ok}, {@code result}, {@code invalid}, {@code failed},
 * or {@code exception} when the exception is left to the application's exception handling).
 */
final class ActionObservation {

	/** The observation's name. */
	static final String NAME = "serveractions.action";

	private final Observation observation;

	private final Observation.Scope scope;

	private String outcome = "exception";

	private ActionObservation(Observation observation) {
		this.observation = observation;
		this.scope = observation.openScope();
	}

	static ActionObservation start(ObservationRegistry registry, String action) {
		return new ActionObservation(Observation.createNotStarted(NAME, registry)
			.contextualName("server action " + action)
			.lowCardinalityKeyValue("name", action)
			.start());
	}

	void outcome(Outcome.Kind kind) {
		this.outcome = kind.name().toLowerCase(Locale.ROOT);
	}

	void error(Throwable ex) {
		this.observation.error(ex);
	}

	void stop() {
		this.scope.close();
		this.observation.lowCardinalityKeyValue("outcome", this.outcome);
		this.observation.stop();
	}

}
