package dev.serveractions.revalidation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import dev.serveractions.cache.CacheStore;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.function.SingletonSupplier;

/**
 * Revalidates by tag: a path is its {@code page:} or {@code layout:} tag. Records the
 * revalidation time of each tag first (so renders that were running cannot bring old content
 * back), then drops or counts the tagged entries through the store's tag index, then tells the
 * {@link RevalidationListener}s. Identical revalidations that come within the purge window of
 * each other run once ({@link PurgeCoalescer}).
 */
final class DefaultRevalidationService implements RevalidationService, LocalRevalidation {

	static final int MAX_TAG_LENGTH = 256;

	private static final Log logger = LogFactory.getLog(DefaultRevalidationService.class);

	private final CacheStore store;

	private final TagGenerations generations;

	private final ObservationRegistry observations;

	private final Supplier<List<RevalidationListener>> listeners;

	private final PurgeCoalescer purges;

	private ApplicationEventPublisher events = (event) -> {
	};

	DefaultRevalidationService(CacheStore store, TagGenerations generations) {
		this(store, generations, List::of);
	}

	DefaultRevalidationService(CacheStore store, TagGenerations generations,
			Supplier<List<RevalidationListener>> listeners) {
		this(store, generations, listeners, ObservationRegistry.NOOP);
	}

	DefaultRevalidationService(CacheStore store, TagGenerations generations,
			Supplier<List<RevalidationListener>> listeners, ObservationRegistry observations) {
		this(store, generations, listeners, observations, Duration.ZERO);
	}

	DefaultRevalidationService(CacheStore store, TagGenerations generations,
			Supplier<List<RevalidationListener>> listeners, ObservationRegistry observations, Duration purgeWindow) {
		this.store = store;
		this.purges = new PurgeCoalescer(purgeWindow);
		this.generations = generations;
		this.listeners = SingletonSupplier.of(listeners);
		this.observations = observations;
	}

	/** Where {@link RevalidationAppliedEvent}s go. */
	void setEventPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public int revalidatePath(String path, PathScope scope) {
		String normalized = PathTags.normalize(path);
		String tag = (scope == PathScope.LAYOUT) ? PathTags.layout(normalized) : PathTags.page(normalized);
		return coalesced(Mode.EXPIRE, List.of(tag));
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
		return coalesced(mode, checked);
	}

	@Override
	public int revalidateLocally(Mode mode, Collection<String> tags) {
		return revalidate(mode, List.copyOf(tags));
	}

	@Override
	public void clearLocally() {
		this.generations.expireAll();
		this.store.clear();
		logger.debug("Cleared the local caches");
		this.events.publishEvent(new RevalidationAppliedEvent(this, Mode.EXPIRE, List.of(), true));
	}

	private int coalesced(Mode mode, List<String> tags) {
		return this.purges.run(mode, tags, () -> revalidated(mode, tags, revalidate(mode, tags)));
	}

	private int revalidated(Mode mode, List<String> tags, int count) {
		if (!tags.isEmpty()) {
			for (RevalidationListener listener : this.listeners.get()) {
				try {
					listener.revalidated(mode, tags);
				}
				catch (RuntimeException ex) {
					logger.warn("Revalidation listener " + listener + " failed for " + tags, ex);
				}
			}
		}
		return count;
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
		this.events.publishEvent(new RevalidationAppliedEvent(this, mode, tags, false));
		if (logger.isDebugEnabled()) {
			logger.debug("Revalidated " + tags + " (" + mode + "): " + count + " entries");
		}
		return count;
	}

}
