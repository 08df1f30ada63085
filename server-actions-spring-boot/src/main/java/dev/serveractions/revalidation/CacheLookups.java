package dev.serveractions.revalidation;

import java.util.concurrent.atomic.LongAdder;

/**
 * How the response and fragment caches answered their look-ups since startup: fresh hits,
 * misses (nothing stored, or an entry a revalidation expired) and stale entries served while one
 * request refreshes them. The {@code serveractions} Actuator endpoint and the
 * {@code serveractions.cache.gets} meter read it.
 *
 * <pre class="code">
 * long served = lookups.hits() + lookups.stale();
 * double hitRate = (double) served / (served + lookups.misses());
 * </pre>
 *
 * @since 0.1
 */
public final class CacheLookups {

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	private final LongAdder stale = new LongAdder();

	CacheLookups() {
	}

	/**
	 * Look-ups that found a fresh entry.
	 * @return the count since startup
	 */
	public long hits() {
		return this.hits.sum();
	}

	/**
	 * Look-ups that found nothing that may be served.
	 * @return the count since startup
	 */
	public long misses() {
		return this.misses.sum();
	}

	/**
	 * Look-ups that served a stale entry (stale-while-revalidate).
	 * @return the count since startup
	 */
	public long stale() {
		return this.stale.sum();
	}

	void record(RenderCache.Status status) {
		switch (status) {
			case HIT -> this.hits.increment();
			case STALE -> this.stale.increment();
			case MISS -> this.misses.increment();
		}
	}

}
