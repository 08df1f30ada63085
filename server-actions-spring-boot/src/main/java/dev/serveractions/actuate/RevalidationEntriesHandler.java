package dev.serveractions.actuate;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts the entries each {@code serveractions.revalidation} observation dropped (or marked
 * stale) in {@code serveractions.revalidation.entries}, tagged with its {@code kind} and
 * {@code mode}; the observation's timer counts the revalidations themselves.
 */
final class RevalidationEntriesHandler implements ObservationHandler<Observation.Context> {

	static final String OBSERVATION = "serveractions.revalidation";

	private final ObjectProvider<MeterRegistry> registry;

	RevalidationEntriesHandler(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return OBSERVATION.equals(context.getName());
	}

	@Override
	public void onStop(Observation.Context context) {
		MeterRegistry registry = this.registry.getIfUnique();
		KeyValue entries = context.getHighCardinalityKeyValue("entries");
		if (registry == null || entries == null) {
			return;
		}
		Counter.builder("serveractions.revalidation.entries")
			.description("Cache entries revalidated")
			.tag("kind", value(context, "kind"))
			.tag("mode", value(context, "mode"))
			.register(registry)
			.increment(Double.parseDouble(entries.getValue()));
	}

	private static String value(Observation.Context context, String key) {
		KeyValue keyValue = context.getLowCardinalityKeyValue(key);
		return (keyValue != null) ? keyValue.getValue() : "unknown";
	}

}
