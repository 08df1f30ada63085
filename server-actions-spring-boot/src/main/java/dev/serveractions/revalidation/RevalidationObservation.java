package dev.serveractions.revalidation;

import java.util.List;
import java.util.Locale;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * The {@code serveractions.revalidation} observation around one revalidation: low-cardinality
 * {@code kind} ({@code path} or {@code tag}) and {@code mode} ({@code expire} or {@code stale}),
 * and, as a high-cardinality key value, how many entries it dropped or marked.
 */
final class RevalidationObservation {

	/** The observation's name. */
	static final String NAME = "serveractions.revalidation";

	/** The high-cardinality key naming how many entries a revalidation touched. */
	static final String ENTRIES = "entries";

	private RevalidationObservation() {
	}

	static Observation start(ObservationRegistry registry, Mode mode, List<String> tags) {
		String kind = (tags.size() == 1 && isPathTag(tags.get(0))) ? "path" : "tag";
		return Observation.createNotStarted(NAME, registry)
			.contextualName("revalidate " + kind)
			.lowCardinalityKeyValue("kind", kind)
			.lowCardinalityKeyValue("mode", mode.name().toLowerCase(Locale.ROOT))
			.start();
	}

	/**
	 * Stops the observation with the count of entries touched. Revalidation does not throw (a
	 * {@code CacheStore} never does), so there is no error to record.
	 */
	static void stop(Observation observation, int count) {
		observation.highCardinalityKeyValue(KeyValue.of(ENTRIES, String.valueOf(count)));
		observation.stop();
	}

	private static boolean isPathTag(String tag) {
		return tag.startsWith(PathTags.page("")) || tag.startsWith(PathTags.layout(""));
	}

}
