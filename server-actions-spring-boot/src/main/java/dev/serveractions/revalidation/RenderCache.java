package dev.serveractions.revalidation;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * The read and render side shared by the response cache and the Thymeleaf fragment cache:
 * looks entries up, decides whether they are fresh, stale or expired, renders concurrent misses
 * of one key once (single flight) and lets exactly one caller refresh a stale entry. It stores
 * entries in the application's {@link CacheStore}; {@link RevalidationService} clears them.
 *
 * <pre class="code">
 * RenderCache.Lookup lookup = renderCache.lookup(key);
 * if (lookup.status() == RenderCache.Status.HIT) {
 *     return lookup.entry();
 * }
 * RenderCache.Rendered rendered = renderCache.render(key, () -&gt; CacheEntry.forPath(key, path, tags, 0,
 *         200, Map.of(), render(), false));
 * </pre>
 *
 * <p>Applications use {@code @CachedResponse} and {@code sa:cache}; this type is for
 * integrations.
 */
public final class RenderCache {

	/** A claimed refresh that never finished is given up after this long. */
	private static final long REFRESH_CLAIM_MILLIS = 30_000;

	private final CacheStore store;

	private final TagGenerations generations;

	private final long waitMillis;

	private final ConcurrentHashMap<String, CompletableFuture<@Nullable CacheEntry>> rendering = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, Long> refreshing = new ConcurrentHashMap<>();

	RenderCache(CacheStore store, TagGenerations generations, Duration wait) {
		this.store = store;
		this.generations = generations;
		this.waitMillis = wait.toMillis();
	}

	/**
	 * Looks an entry up. An expired entry is removed and reported as a miss. For a stale
	 * entry, exactly one caller at a time gets {@link Lookup#refresh()} {@code true}: it must
	 * render (and so store a fresh entry) or call {@link #release(String)}.
	 * @param key the key
	 * @return the outcome
	 */
	public Lookup lookup(String key) {
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
	 * Renders and stores the entry for {@code key}, once for all concurrent callers: the others
	 * wait for that render and share its entry. A caller whose render it was gets
	 * {@link Rendered#here()} {@code true} (with a {@code null} entry when the renderer said
	 * the result may not be cached), and should answer from its own output.
	 * @param key the key
	 * @param renderer produces the entry, or {@code null} when the result may not be cached
	 * @return the entry and whether this caller rendered it
	 * @throws Exception what the renderer threw
	 */
	public Rendered render(String key, Renderer renderer) throws Exception {
		while (true) {
			CompletableFuture<@Nullable CacheEntry> mine = new CompletableFuture<>();
			CompletableFuture<@Nullable CacheEntry> theirs = this.rendering.putIfAbsent(key, mine);
			if (theirs == null) {
				try {
					return new Rendered(renderAndStore(renderer, mine), true);
				}
				finally {
					this.rendering.remove(key, mine);
				}
			}
			CacheEntry shared = await(theirs);
			if (shared == null || shared == UNAVAILABLE) {
				// not cacheable, failed or too slow: this caller renders on its own
				return new Rendered(renderAndStore(renderer, null), true);
			}
			if (this.generations.stateOf(shared) != TagGenerations.State.EXPIRED) {
				return new Rendered(shared, false);
			}
			// revalidated while it rendered: render again, once for all waiting callers
		}
	}

	/**
	 * Gives up a refresh claimed through {@link #lookup(String)} without rendering.
	 * @param key the key
	 */
	public void release(String key) {
		this.refreshing.remove(key);
	}

	private @Nullable CacheEntry renderAndStore(Renderer renderer,
			@Nullable CompletableFuture<@Nullable CacheEntry> result) throws Exception {
		CacheEntry stored = null;
		try {
			long generation = this.generations.next();
			CacheEntry rendered = renderer.render();
			if (rendered != null) {
				stored = rendered.stamped(generation);
				this.store.put(stored);
				this.refreshing.remove(rendered.key());
			}
			return stored;
		}
		finally {
			if (result != null) {
				result.complete(stored);
			}
		}
	}

	private static final CacheEntry UNAVAILABLE = new CacheEntry("", java.util.Set.of(), 0, java.util.Map.of(),
			new byte[0], false, 0, 0, 0);

	private @Nullable CacheEntry await(CompletableFuture<@Nullable CacheEntry> render) {
		try {
			return render.get(this.waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return UNAVAILABLE;
		}
		catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException ex) {
			return UNAVAILABLE;
		}
	}

	private boolean claimRefresh(String key) {
		long now = System.currentTimeMillis();
		Long claimed = this.refreshing.compute(key,
				(k, since) -> (since == null || now - since > REFRESH_CLAIM_MILLIS) ? Long.valueOf(now) : since);
		return claimed == now;
	}

	/** Whether a lookup found a fresh entry, a stale one, or nothing usable. */
	public enum Status {

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
	public record Lookup(Status status, @Nullable CacheEntry entry, boolean refresh) {

		static final Lookup MISS = new Lookup(Status.MISS, null, false);

	}

	/**
	 * The outcome of {@link #render(String, Renderer)}.
	 *
	 * @param entry the stored entry, or {@code null} when this caller's output was not cacheable
	 * @param here whether this caller rendered it (rather than a concurrent caller)
	 */
	public record Rendered(@Nullable CacheEntry entry, boolean here) {

	}

	/** Renders one entry. */
	@FunctionalInterface
	public interface Renderer {

		/**
		 * Renders.
		 * @return the entry (see {@link CacheEntry#forPath}) or {@code null} if the output may
		 * not be cached
		 * @throws Exception if rendering failed
		 */
		@Nullable CacheEntry render() throws Exception;

	}

}
