package dev.serveractions.live;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each tag was last revalidated on this instance, on the {@link LiveClock}. Bounded: past
 * {@link #MAX_TAGS} tags the records fold into a floor, as if every tag had been revalidated then
 * (a tab that reconnects refreshes once more than it had to, never less).
 */
final class RevalidationTimes {

	static final int MAX_TAGS = 10_000;

	private final ConcurrentHashMap<String, Long> byTag = new ConcurrentHashMap<>();

	private volatile long floor;

	/** @param start when this instance began to listen: what came before is unknown */
	RevalidationTimes(long start) {
		this.floor = start;
	}

	void record(Collection<String> tags, long now) {
		tags.forEach((tag) -> this.byTag.merge(tag, now, Math::max));
		if (this.byTag.size() > MAX_TAGS) {
			everything(now);
		}
	}

	void everything(long now) {
		this.floor = Math.max(this.floor, now);
		this.byTag.values().removeIf((time) -> time <= now);
	}

	/** The last revalidation of any of the tags, or the floor. */
	long last(Collection<String> tags) {
		long last = this.floor;
		for (String tag : tags) {
			Long time = this.byTag.get(tag);
			if (time != null && time > last) {
				last = time;
			}
		}
		return last;
	}

}
