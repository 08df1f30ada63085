package dev.serveractions.action;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * The {@code serveractions.action} observation around one action run, so that timers and traces
 * come from Micrometer's own handlers: low-cardinality {@code action} (the action's name, the
 * same key {@code http.server.requests} carries) and {@code outcome}, upper case as Spring's own
 * outcome tags ({@code REDIRECT}, {@code OK}, {@code RESULT}, {@code INVALID}, {@code FAILED}, or
 * {@code EXCEPTION} when the exception is left to the application's exception handling).
 */
final class ActionObservation {

	/** The observation's name. */
	static final String NAME = "serveractions.action";

	private final Observation observation;

	private final Observation.Scope scope;

	private String outcome = "EXCEPTION";

	private ActionObservation(Observation observation) {
		this.observation = observation;
		this.scope = observation.openScope();
	}

	static ActionObservation start(ObservationRegistry registry, String action) {
		return new ActionObservation(Observation.createNotStarted(NAME, registry)
			.contextualName("server action " + action)
			.lowCardinalityKeyValue(ActionRequestObservationFilter.KEY, action)
			.start());
	}

	void outcome(Outcome.Kind kind) {
		this.outcome = kind.name();
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
