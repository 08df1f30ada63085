package dev.serveractions.revalidation;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The revalidation clock and, per tag, when it was last expired or marked stale. An entry is
 * expired when one of its tags was expired after its render started, whether or not the store
 * still holds it; this is what makes "after revalidate returns, nobody is served the old entry"
 * hold for renders that were running during the revalidation.
 */
final class TagGenerations {

	/** Beyond this many remembered tags, the oldest records fold into one floor. */
	static final int MAX_TAGS = 100_000;

	enum State {

		FRESH, STALE, EXPIRED

	}

	private final AtomicLong clock = new AtomicLong();

	private final ConcurrentHashMap<String, Long> expired = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, Long> stale = new ConcurrentHashMap<>();

	private volatile long expiredFloor;

	private volatile long staleFloor;

	/** A strictly increasing time stamp, close to wall-clock microseconds. */
	long next() {
		long micros = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
		return this.clock.updateAndGet((last) -> Math.max(last + 1, micros));
	}

	void expire(Collection<String> tags) {
		long now = next();
		tags.forEach((tag) -> this.expired.merge(tag, now, Math::max));
		if (this.expired.size() > MAX_TAGS) {
			this.expiredFloor = now;
			this.expired.values().removeIf((generation) -> generation <= now);
		}
	}

	void markStale(Collection<String> tags) {
		long now = next();
		tags.forEach((tag) -> this.stale.merge(tag, now, Math::max));
		if (this.stale.size() > MAX_TAGS) {
			this.staleFloor = now;
			this.stale.values().removeIf((generation) -> generation <= now);
		}
	}

	State stateOf(CacheEntry entry) {
		long generation = entry.generation();
		if (generation < this.expiredFloor) {
			return State.EXPIRED;
		}
		boolean stale = generation < this.staleFloor;
		for (String tag : entry.tags()) {
			Long expiredAt = this.expired.get(tag);
			if (expiredAt != null && expiredAt > generation) {
				return State.EXPIRED;
			}
			if (!stale) {
				Long staleAt = this.stale.get(tag);
				stale = staleAt != null && staleAt > generation;
			}
		}
		return stale ? State.STALE : State.FRESH;
	}

}
