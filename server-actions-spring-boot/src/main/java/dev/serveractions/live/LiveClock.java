package dev.serveractions.live;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Strictly increasing wall-clock microseconds: when a live region began to render, and when a
 * revalidation reached this instance. A refresh event is older than a region when its time is
 * smaller, so a tab never refreshes for a revalidation its page already shows.
 */
final class LiveClock {

	private final AtomicLong last = new AtomicLong();

	long now() {
		long micros = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
		return this.last.updateAndGet((previous) -> Math.max(previous + 1, micros));
	}

}
