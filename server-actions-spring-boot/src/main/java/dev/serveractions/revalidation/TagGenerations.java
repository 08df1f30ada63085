package dev.serveractions.revalidation;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.serveractions.cache.CacheEntry;

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

	private final Marks expired = new Marks();

	private final Marks stale = new Marks();

	/** A strictly increasing time stamp, close to wall-clock microseconds. */
	long next() {
		long micros = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
		return this.clock.updateAndGet((last) -> Math.max(last + 1, micros));
	}

	void expire(Collection<String> tags) {
		this.expired.mark(tags, next());
	}

	void markStale(Collection<String> tags) {
		this.stale.mark(tags, next());
	}

	/** Expires every entry rendered or started before now, whatever its tags. */
	void expireAll() {
		this.expired.markAll(next());
	}

	/**
	 * When the latest expiry of any tag happened, on this clock; 0 if none did. A render that
	 * started after this time was not reached by any expiry that came before it.
	 */
	long lastExpiry() {
		return this.expired.last;
	}

	State stateOf(CacheEntry entry) {
		long generation = entry.generation();
		if (this.expired.reaches(entry, generation)) {
			return State.EXPIRED;
		}
		return this.stale.reaches(entry, generation) ? State.STALE : State.FRESH;
	}

	/** When each tag was last marked, bounded: past {@link #MAX_TAGS} the records fold into a floor. */
	private static final class Marks {

		private final ConcurrentHashMap<String, Long> byTag = new ConcurrentHashMap<>();

		private volatile long floor;

		private volatile long last;

		void mark(Collection<String> tags, long now) {
			tags.forEach((tag) -> this.byTag.merge(tag, now, Math::max));
			if (this.byTag.size() > MAX_TAGS) {
				markAll(now);
			}
			synchronized (this) {
				this.last = Math.max(this.last, now);
			}
		}

		void markAll(long now) {
			synchronized (this) {
				this.floor = Math.max(this.floor, now);
				this.last = Math.max(this.last, now);
			}
			this.byTag.values().removeIf((generation) -> generation <= now);
		}

		/** Whether a mark came after a render that started at {@code generation}. */
		boolean reaches(CacheEntry entry, long generation) {
			if (generation < this.floor) {
				return true;
			}
			for (String tag : entry.tags()) {
				Long markedAt = this.byTag.get(tag);
				if (markedAt != null && markedAt > generation) {
					return true;
				}
			}
			return false;
		}

	}

}
