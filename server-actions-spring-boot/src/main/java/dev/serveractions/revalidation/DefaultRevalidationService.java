package dev.serveractions.revalidation;

import java.util.ArrayList;
import java.util.List;

import dev.serveractions.cache.CacheStore;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Revalidates by tag: a path is its {@code page:} or {@code layout:} tag. Records the
 * revalidation time of each tag first (so renders that were running cannot bring old content
 * back), then drops or counts the tagged entries through the store's tag index.
 */
final class DefaultRevalidationService implements RevalidationService {

	static final int MAX_TAG_LENGTH = 256;

	private static final Log logger = LogFactory.getLog(DefaultRevalidationService.class);

	private final CacheStore store;

	private final TagGenerations generations;

	private final ObservationRegistry observations;

	DefaultRevalidationService(CacheStore store, TagGenerations generations) {
		this(store, generations, ObservationRegistry.NOOP);
	}

	DefaultRevalidationService(CacheStore store, TagGenerations generations, ObservationRegistry observations) {
		this.store = store;
		this.generations = generations;
		this.observations = observations;
	}

	@Override
	public int revalidatePath(String path, PathScope scope) {
		String normalized = PathTags.normalize(path);
		String tag = (scope == PathScope.LAYOUT) ? PathTags.layout(normalized) : PathTags.page(normalized);
		return revalidate(Mode.EXPIRE, List.of(tag));
	}

	@Override
	public int revalidateTag(Mode mode, String... tags) {
		List<String> checked = new ArrayList<>(tags.length);
		for (String tag : tags) {
			if (tag == null || tag.isBlank() || tag.length() > MAX_TAG_LENGTH) {
				throw new IllegalArgumentException("A tag is 1 to " + MAX_TAG_LENGTH + " characters, not blank: \""
						+ tag + "\"");
			}
			checked.add(tag);
		}
		return revalidate(mode, checked);
	}

	private int revalidate(Mode mode, List<String> tags) {
		if (tags.isEmpty()) {
			return 0;
		}
		int count;
		Observation observation = RevalidationObservation.start(this.observations, mode, tags);
		if (mode == Mode.STALE) {
			this.generations.markStale(tags);
			count = this.store.countTagged(tags);
		}
		else {
			this.generations.expire(tags);
			count = this.store.removeTagged(tags);
		}
		RevalidationObservation.stop(observation, count);
		if (logger.isDebugEnabled()) {
			logger.debug("Revalidated " + tags + " (" + mode + "): " + count + " entries");
		}
		return count;
	}

}
