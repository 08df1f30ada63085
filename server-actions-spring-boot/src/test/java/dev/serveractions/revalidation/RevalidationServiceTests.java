package dev.serveractions.revalidation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RevalidationServiceTests {

	private final CaffeineCacheStore store = new CaffeineCacheStore(64L * 1024 * 1024);

	private final TagGenerations generations = new TagGenerations();

	private final RenderCache cache = new RenderCache(this.store, this.generations, Duration.ofSeconds(10));

	private final RevalidationService revalidation = new DefaultRevalidationService(this.store, this.generations);

	private final ExecutorService pool = Executors.newFixedThreadPool(16);

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void revalidatePathDropsThatPathWithAnyQueryStringAndNothingElse() throws Exception {
		read("/todos?page=1", "/todos", "a");
		read("/todos?page=2", "/todos", "b");
		read("/todos/7", "/todos/7", "c");
		read("/other", "/other", "d");
		assertThat(this.revalidation.revalidatePath("/todos?ignored=1")).isEqualTo(2);
		assertThat(status("/todos?page=1")).isEqualTo(RenderCache.Status.MISS);
		assertThat(status("/todos?page=2")).isEqualTo(RenderCache.Status.MISS);
		assertThat(status("/todos/7")).isEqualTo(RenderCache.Status.HIT);
		assertThat(status("/other")).isEqualTo(RenderCache.Status.HIT);
	}

	@Test
	void layoutScopeReachesThePathAndEverythingBelowIt() throws Exception {
		read("/blog", "/blog", "index");
		read("/blog/one", "/blog/one", "one");
		read("/blog/one/comments", "/blog/one/comments", "comments");
		read("/blogroll", "/blogroll", "not below /blog");
		assertThat(this.revalidation.revalidatePath("/blog/", PathScope.LAYOUT)).isEqualTo(3);
		assertThat(status("/blog/one/comments")).isEqualTo(RenderCache.Status.MISS);
		assertThat(status("/blogroll")).isEqualTo(RenderCache.Status.HIT);
		assertThat(this.revalidation.revalidatePath("/", PathScope.LAYOUT)).isEqualTo(1);
	}

	@Test
	void revalidateTagExpiresEveryTaggedEntryAtOnce() throws Exception {
		read("/a", "/a", "a", "todos");
		read("/b", "/b", "b", "todos", "users");
		read("/c", "/c", "c", "users");
		assertThat(this.revalidation.revalidateTag("todos")).isEqualTo(2);
		assertThat(status("/a")).isEqualTo(RenderCache.Status.MISS);
		assertThat(status("/b")).isEqualTo(RenderCache.Status.MISS);
		assertThat(status("/c")).isEqualTo(RenderCache.Status.HIT);
		assertThat(this.revalidation.revalidateTag("todos")).isZero();
	}

	@Test
	void tagsAndPathsThatCannotBeRealAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.revalidation.revalidateTag(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> this.revalidation.revalidateTag("x".repeat(257)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.revalidation.revalidatePath("todos"));
	}

	@Test
	void staleModeMarksEntriesAndServesThemWhileExactlyOneRefreshRuns() throws Exception {
		AtomicInteger version = new AtomicInteger(1);
		read("/todos", "/todos", "v1", "todos");
		version.set(2);
		assertThat(this.revalidation.revalidateTag(Mode.STALE, "todos")).isEqualTo(1);

		AtomicInteger refreshes = new AtomicInteger();
		CountDownLatch refreshMayFinish = new CountDownLatch(1);
		CyclicBarrier start = new CyclicBarrier(16);
		List<Future<String>> served = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			served.add(this.pool.submit(() -> {
				start.await();
				RenderCache.Lookup lookup = this.cache.lookup("/todos");
				if (lookup.refresh()) {
					// the one refresh, in the background: this request is still served the stale entry
					new Thread(() -> render("/todos", "/todos", () -> {
						refreshes.incrementAndGet();
						await(refreshMayFinish);
						return "v" + version.get();
					}, "todos")).start();
				}
				assertThat(lookup.status()).isEqualTo(RenderCache.Status.STALE);
				return body(lookup.entry());
			}));
		}
		for (Future<String> future : served) {
			assertThat(future.get(10, TimeUnit.SECONDS)).isEqualTo("v1");
		}
		assertThat(this.cache.lookup("/todos").status()).isEqualTo(RenderCache.Status.STALE);
		refreshMayFinish.countDown();
		waitUntil(() -> this.cache.lookup("/todos").status() == RenderCache.Status.HIT);
		assertThat(body(this.cache.lookup("/todos").entry())).isEqualTo("v2");
		assertThat(refreshes).hasValue(1);
	}

	@Test
	void concurrentMissesOnOneKeyRenderOnce() throws Exception {
		AtomicInteger renders = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		CyclicBarrier start = new CyclicBarrier(16);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			results.add(this.pool.submit(() -> {
				start.await();
				return read("/slow", "/slow", () -> {
					renders.incrementAndGet();
					await(release);
					return "rendered";
				});
			}));
		}
		Thread.sleep(200);
		release.countDown();
		for (Future<String> result : results) {
			assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("rendered");
		}
		assertThat(renders).hasValue(1);
	}

	@Test
	void aRenderThatStartedBeforeARevalidationIsNeverServedAfterIt() throws Exception {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch revalidated = new CountDownLatch(1);
		Future<String> slow = this.pool.submit(() -> read("/todos", "/todos", () -> {
			rendering.countDown();
			await(revalidated);
			return "old";
		}, "todos"));
		rendering.await();
		this.revalidation.revalidateTag("todos");
		revalidated.countDown();
		assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("old");
		assertThat(read("/todos", "/todos", () -> "new", "todos")).isEqualTo("new");
	}

	@Test
	void onceRevalidateReturnsNoReaderIsServedTheOldEntry() throws Exception {
		AtomicInteger data = new AtomicInteger();
		AtomicInteger revalidatedVersion = new AtomicInteger();
		AtomicBoolean running = new AtomicBoolean(true);
		ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
		AtomicInteger reads = new AtomicInteger();
		List<Future<?>> workers = new ArrayList<>();
		for (int r = 0; r < 6; r++) {
			workers.add(this.pool.submit(() -> {
				while (running.get()) {
					String key = "/todos?page=" + (reads.incrementAndGet() % 3);
					int floor = revalidatedVersion.get();
					int seen = Integer.parseInt(read(key, "/todos", () -> String.valueOf(data.get()), "todos"));
					if (seen < floor) {
						violations.add("read " + seen + " after revalidation of " + floor);
					}
				}
				return null;
			}));
		}
		for (int i = 1; i <= 2_000; i++) {
			int version = data.incrementAndGet();
			if (i % 2 == 0) {
				this.revalidation.revalidateTag("todos");
			}
			else {
				this.revalidation.revalidatePath("/todos");
			}
			revalidatedVersion.set(version);
		}
		running.set(false);
		for (Future<?> worker : workers) {
			worker.get(30, TimeUnit.SECONDS);
		}
		assertThat(reads.get()).isGreaterThan(2_000);
		assertThat(violations).isEmpty();
	}

	@Test
	void memoryStaysUnderTheCapWhileAMillionDistinctKeysAreRequested() throws Exception {
		long cap = 4L * 1024 * 1024;
		CaffeineCacheStore small = new CaffeineCacheStore(cap);
		RenderCache smallCache = new RenderCache(small, this.generations, Duration.ofSeconds(10));
		byte[] page = "<li>row</li>".repeat(20).getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < 1_000_000; i++) {
			String key = "/items/" + i;
			if (smallCache.lookup(key).status() == RenderCache.Status.MISS) {
				smallCache.render(key, () -> CacheEntry.forPath(key, key, List.of("items"), 0, 200, Map.of(), page,
						false));
			}
			if (i % 100_000 == 0) {
				assertThat(small.weightedSize()).isLessThanOrEqualTo(cap);
			}
		}
		assertThat(small.weightedSize()).isLessThanOrEqualTo(cap);
		assertThat(small.size()).isBetween(1_000L, 20_000L);
		// the tag index shrinks with evictions: one (tag, key) pair per tag of each live entry
		assertThat(small.indexSize()).isEqualTo(small.size() * 5);
		assertThat(smallCache.lookup("/items/999999").status()).isEqualTo(RenderCache.Status.HIT);
		long live = small.size();
		assertThat(new DefaultRevalidationService(small, this.generations).revalidateTag("items")).isEqualTo(live);
		assertThat(small.size()).isZero();
		assertThat(small.indexSize()).isZero();
	}

	private String read(String key, String path, String content, String... tags) throws Exception {
		return read(key, path, () -> content, tags);
	}

	private String read(String key, String path, Supplier<String> content, String... tags) throws Exception {
		RenderCache.Lookup lookup = this.cache.lookup(key);
		if (lookup.entry() != null) {
			if (lookup.refresh()) {
				this.cache.release(key);
			}
			return body(lookup.entry());
		}
		return body(render(key, path, content, tags));
	}

	private CacheEntry render(String key, String path, Supplier<String> content, String... tags) {
		try {
			return this.cache.render(key, () -> CacheEntry.forPath(key, path, Set.of(tags), 0, 200, Map.of(),
					content.get().getBytes(StandardCharsets.UTF_8), false)).entry();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RenderCache.Status status(String key) {
		return this.cache.lookup(key).status();
	}

	private static String body(CacheEntry entry) {
		return new String(entry.body(), StandardCharsets.UTF_8);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void waitUntil(Supplier<Boolean> condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.get() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(condition.get()).isTrue();
	}

}
