package dev.serveractions.action;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Names the action of a request in its {@code http.server.requests} observation: the
 * low-cardinality key {@code action} is the action's name, or {@code none} for every other
 * request (so that every request of the meter has the same keys, as Prometheus requires). The
 * {@code uri} key is already the page's URI template whatever the outcome: {@link PageLookup}
 * finds the page through the application's own handler mappings, and the matching one sets the
 * observation's path pattern as it does for a GET of the page.
 */
final class ActionRequestObservationFilter implements ObservationFilter {

	/** The key naming the action. */
	static final String KEY = "action";

	private static final KeyValue NONE = KeyValue.of(KEY, "none");

	@Override
	public Observation.Context map(Observation.Context context) {
		if (context instanceof ServerRequestObservationContext request) {
			context.addLowCardinalityKeyValue(actionOf(request.getCarrier()));
		}
		return context;
	}

	private static KeyValue actionOf(HttpServletRequest request) {
		Object invocation = request.getAttribute(ActionInvocation.ATTRIBUTE);
		return (invocation instanceof ActionInvocation action) ? KeyValue.of(KEY, action.action().name()) : NONE;
	}

}
