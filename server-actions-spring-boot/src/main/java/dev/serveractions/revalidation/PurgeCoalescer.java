package dev.serveractions.revalidation;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Runs identical purges (same mode, same tags) at most once per window. A purge whose tags were
 * not purged within the window runs at once; one that comes sooner waits for the window to end
 * and then runs once for every caller that came meanwhile. Each caller returns after a run that
 * began after it arrived, so "once revalidate returns, nobody on this instance is served the old
 * entry" holds for each of them: a storm of purges costs one run, one re-render of each page it
 * expires and one message to the listeners per window.
 *
 * <p>While a storm lasts (each window's run is followed by another purge of the same tags within
 * the window), the window doubles, up to {@link #STORM_FACTOR} times its configured length, so a
 * storm costs fewer runs and re-renders still; the first purge after a quiet window runs at once
 * and the window is back to its length. Callers are delayed by at most the longest window.
 */
final class PurgeCoalescer {

	/** Beyond this many remembered tag sets, the idle ones are forgotten. */
	static final int MAX_SLOTS = 1024;

	/** How many times its configured length a window grows to while a storm lasts. */
	static final int STORM_FACTOR = 4;

	private final long windowNanos;

	private final ConcurrentHashMap<Key, Slot> slots = new ConcurrentHashMap<>();

	PurgeCoalescer(Duration window) {
		this.windowNanos = window.toNanos();
	}

	/**
	 * Runs {@code purge}, or joins the next run of the same purge.
	 * @return what the run that covered this caller returned
	 */
	int run(Mode mode, Collection<String> tags, IntSupplier purge) {
		if (this.windowNanos <= 0) {
			return purge.getAsInt();
		}
		if (this.slots.size() > MAX_SLOTS) {
			long now = System.nanoTime();
			this.slots.values().removeIf((slot) -> slot.idle(now));
		}
		Slot slot = this.slots.computeIfAbsent(new Key(mode, Set.copyOf(tags)), (key) -> new Slot(this.windowNanos));
		Batch batch = null;
		boolean leader = false;
		synchronized (slot) {
			long now = System.nanoTime();
			if (slot.pending != null) {
				batch = slot.pending;
			}
			else if (slot.lastStart == null || now - slot.lastStart >= slot.window) {
				slot.lastStart = now;
				slot.window = this.windowNanos;
			}
			else {
				batch = new Batch(slot.lastStart + slot.window);
				slot.pending = batch;
				leader = true;
				slot.window = Math.min(slot.window * 2, this.windowNanos * STORM_FACTOR);
			}
		}
		if (batch == null) {
			return purge.getAsInt();
		}
		return leader ? lead(slot, batch, purge) : join(batch);
	}

	private int lead(Slot slot, Batch batch, IntSupplier purge) {
		long wait;
		while ((wait = batch.startAt - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted()) {
			// a park, unlike a wait inside a synchronized block, leaves a virtual thread's carrier free
			LockSupport.parkNanos(wait);
		}
		synchronized (slot) {
			slot.pending = null;
			slot.lastStart = System.nanoTime();
		}
		try {
			int count = purge.getAsInt();
			batch.result.complete(count);
			return count;
		}
		catch (RuntimeException | Error ex) {
			batch.result.completeExceptionally(ex);
			throw ex;
		}
	}

	private static int join(Batch batch) {
		try {
			return batch.result.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	/** How many tag sets are remembered. */
	int slots() {
		return this.slots.size();
	}

	private record Key(Mode mode, Set<String> tags) {

	}

	/**
	 * One tag set: when its last run started, its window now, and the run its latecomers wait
	 * for.
	 */
	private static final class Slot {

		@Nullable Long lastStart;

		long window;

		@Nullable Batch pending;

		Slot(long window) {
			this.window = window;
		}

		synchronized boolean idle(long now) {
			return this.pending == null && (this.lastStart == null || now - this.lastStart >= this.window);
		}

	}

	/** A run that has not started yet, and the callers waiting for it. */
	private static final class Batch {

		final long startAt;

		final CompletableFuture<Integer> result = new CompletableFuture<>();

		Batch(long startAt) {
			this.startAt = startAt;
		}

	}

}
