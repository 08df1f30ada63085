package dev.serveractions.revalidation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import dev.serveractions.cache.CacheEntry;
import dev.serveractions.cache.CacheStore;
import org.jspecify.annotations.Nullable;

/**
 * The read and render side shared by the response cache and the fragment cache: looks entries
 * up, decides whether they are fresh, stale or expired, renders concurrent misses of one key
 * once (single flight) and lets exactly one caller refresh a stale entry.
 *
 * <p>A caller that finds a render of its key under way waits for it and takes its entry when
 * that render began after the last expiry that preceded the caller's arrival; otherwise it
 * waits for (or starts) the next render, which began after its arrival and so is always good
 * for it. A caller therefore waits for at most two renders however often the entry is
 * revalidated meanwhile, and never gets content older than a revalidation that returned before
 * it arrived.
 */
final class RenderCache {

	/** A claimed refresh that never finished is given up after this long. */
	private static final long REFRESH_CLAIM_MILLIS = 30_000;

	private final CacheStore store;

	private final TagGenerations generations;

	private final long waitMillis;

	private final CacheLookups lookups;

	private final ConcurrentHashMap<String, Flight> rendering = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, Long> refreshing = new ConcurrentHashMap<>();

	RenderCache(CacheStore store, TagGenerations generations, Duration wait) {
		this(store, generations, wait, new CacheLookups());
	}

	RenderCache(CacheStore store, TagGenerations generations, Duration wait, CacheLookups lookups) {
		this.store = store;
		this.generations = generations;
		this.waitMillis = wait.toMillis();
		this.lookups = lookups;
	}

	/**
	 * Looks an entry up. An expired entry is removed and reported as a miss. For a stale
	 * entry, exactly one caller at a time gets {@link Lookup#refresh()} {@code true}: it must
	 * render (and so store a fresh entry) or call {@link #release(String)}.
	 */
	Lookup lookup(String key) {
		Lookup lookup = find(key);
		this.lookups.record(lookup.status());
		return lookup;
	}

	private Lookup find(String key) {
		CacheEntry entry = this.store.get(key);
		if (entry == null) {
			return Lookup.MISS;
		}
		TagGenerations.State state = this.generations.stateOf(entry);
		if (state == TagGenerations.State.EXPIRED) {
			this.store.remove(key, entry);
			return Lookup.MISS;
		}
		if (state == TagGenerations.State.STALE || entry.isStaleAt(System.currentTimeMillis())) {
			return new Lookup(Status.STALE, entry, claimRefresh(key));
		}
		return new Lookup(Status.HIT, entry, false);
	}

	/**
	 * Renders and stores the entry of {@code target}, once for all concurrent callers. A caller
	 * whose render it was gets {@link Rendered#here()} {@code true} (with a {@code null} entry
	 * when the output may not be cached) and answers from its own output.
	 */
	Rendered render(RenderTarget target, Renderer renderer) throws Exception {
		Claim claim = claim(target);
		CacheEntry shared = claim.shared();
		if (shared != null) {
			return new Rendered(shared, false);
		}
		Output output = null;
		try {
			output = renderer.render();
		}
		finally {
			// a failed render completes its flight too, with nothing stored
			shared = finish(claim, output);
		}
		return new Rendered(shared, true);
	}

	/**
	 * The first half of {@link #render(RenderTarget, Renderer)}, for a render that runs
	 * elsewhere (the dispatcher, for the response cache): either an entry a concurrent render
	 * just stored, to serve, or the right to render, which must end with
	 * {@link #finish(Claim, Output)} whatever happens.
	 */
	Claim claim(RenderTarget target) {
		long lastExpiryBeforeArrival = this.generations.lastExpiry();
		while (true) {
			Flight mine = new Flight();
			Flight theirs = this.rendering.putIfAbsent(target.key(), mine);
			if (theirs == null) {
				return new Claim(target, mine, this.generations.next(), null);
			}
			CacheEntry shared = await(theirs);
			if (shared == null || shared == UNAVAILABLE) {
				// not cacheable, failed or too slow: this caller renders on its own
				return new Claim(target, null, this.generations.next(), null);
			}
			if (mayTake(shared, lastExpiryBeforeArrival)) {
				return new Claim(target, null, 0, shared);
			}
			// began before an expiry that preceded this caller: the next render will do
		}
	}

	/**
	 * Stores what a claimed render produced and hands it to the callers waiting for it.
	 * @param claim a claim without a shared entry
	 * @param output the output, or {@code null} when it may not be cached or the render failed
	 * @return the stored entry, or {@code null}
	 */
	@Nullable CacheEntry finish(Claim claim, @Nullable Output output) {
		return finish(claim, output, claim.target().key());
	}

	/**
	 * Stores what a claimed render produced under {@code storedKey}, which is the claimed key
	 * unless the render turned out to depend on more than the claimed key holds. Then the callers
	 * waiting for it, whose requests may differ in that, render on their own.
	 * @param claim a claim without a shared entry
	 * @param output the output, or {@code null} when it may not be cached or the render failed
	 * @param storedKey the key to store it under
	 * @return the stored entry, or {@code null}
	 */
	@Nullable CacheEntry finish(Claim claim, @Nullable Output output, String storedKey) {
		String key = claim.target().key();
		CacheEntry stored = null;
		try {
			if (output != null) {
				stored = claim.target().withKey(storedKey).entry(output, claim.generation());
				this.store.put(stored);
				this.refreshing.remove(key);
			}
			return stored;
		}
		finally {
			Flight flight = claim.flight();
			if (flight != null) {
				flight.result.complete(key.equals(storedKey) ? stored : null);
				this.rendering.remove(key, flight);
			}
		}
	}

	/** How many callers wait for renders under way. */
	int waiting() {
		return this.rendering.values().stream().mapToInt((flight) -> flight.waiters.get()).sum();
	}

	/** Gives up a refresh claimed through {@link #lookup(String)} without rendering. */
	void release(String key) {
		this.refreshing.remove(key);
	}

	/**
	 * Whether a caller that arrived when the last expiry was {@code lastExpiryBeforeArrival} may
	 * take an entry: its render began after that expiry, or no expiry reached it at all.
	 */
	private boolean mayTake(CacheEntry entry, long lastExpiryBeforeArrival) {
		return entry.generation() > lastExpiryBeforeArrival
				|| this.generations.stateOf(entry) != TagGenerations.State.EXPIRED;
	}

	private static final CacheEntry UNAVAILABLE = new CacheEntry("", Set.of(), 0, Map.of(), new byte[0], false, 0,
			0, 0);

	private @Nullable CacheEntry await(Flight flight) {
		flight.waiters.incrementAndGet();
		try {
			return flight.result.get(this.waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return UNAVAILABLE;
		}
		catch (ExecutionException | TimeoutException | CancellationException ex) {
			return UNAVAILABLE;
		}
		finally {
			flight.waiters.decrementAndGet();
		}
	}

	/** Whether this caller got the one refresh (two callers in the same millisecond do not). */
	private boolean claimRefresh(String key) {
		long now = System.currentTimeMillis();
		boolean[] claimed = { false };
		this.refreshing.compute(key, (k, since) -> {
			if (since != null && now - since <= REFRESH_CLAIM_MILLIS) {
				return since;
			}
			claimed[0] = true;
			return now;
		});
		return claimed[0];
	}

	/** A render under way and the callers waiting for it. */
	static final class Flight {

		final CompletableFuture<@Nullable CacheEntry> result = new CompletableFuture<>();

		final AtomicInteger waiters = new AtomicInteger();

	}

	/** Whether a lookup found a fresh entry, a stale one, or nothing usable. */
	enum Status {

		/** A fresh entry. */
		HIT,

		/** An entry past its revalidate time or marked stale: serve it, one caller refreshes. */
		STALE,

		/** No entry, or only one that may no longer be served. */
		MISS

	}

	/**
	 * The outcome of {@link #lookup(String)}.
	 *
	 * @param status hit, stale or miss
	 * @param entry the entry to serve, {@code null} on a miss
	 * @param refresh whether this caller must refresh the stale entry
	 */
	record Lookup(Status status, @Nullable CacheEntry entry, boolean refresh) {

		static final Lookup MISS = new Lookup(Status.MISS, null, false);

	}

	/**
	 * The outcome of {@link #claim(RenderTarget)}.
	 *
	 * @param target what is rendered
	 * @param flight the render concurrent callers wait for, if this caller leads it
	 * @param generation the generation the entry gets, taken before rendering
	 * @param shared an entry a concurrent render stored, to serve instead of rendering
	 */
	record Claim(RenderTarget target, @Nullable Flight flight, long generation, @Nullable CacheEntry shared) {

	}

	/**
	 * What a render produced.
	 *
	 * @param status the HTTP status (200 for fragments)
	 * @param headers the headers to replay
	 * @param body the bytes
	 */
	record Output(int status, Map<String, List<String>> headers, byte[] body) {

	}

	/**
	 * The outcome of {@link #render(RenderTarget, Renderer)}.
	 *
	 * @param entry the stored entry, or {@code null} when this caller's output was not cacheable
	 * @param here whether this caller rendered it (rather than a concurrent caller)
	 */
	record Rendered(@Nullable CacheEntry entry, boolean here) {

	}

	/** Renders one entry. */
	@FunctionalInterface
	interface Renderer {

		/**
		 * Renders.
		 * @return the output, or {@code null} if it may not be cached
		 * @throws Exception if rendering failed
		 */
		@Nullable Output render() throws Exception;

	}

}
