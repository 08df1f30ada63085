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

import dev.serveractions.cache.CacheEntry;
import dev.serveractions.cache.CaffeineCacheStore;
import org.awaitility.Awaitility;
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
		awaitWaiting("/slow", 15); // one render holds, fifteen wait for it
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
	void aWaiterNeverTakesARenderThatBeganBeforeARevalidationThatPrecededItsArrival() throws Exception {
		CountDownLatch oldRenderStarted = new CountDownLatch(1);
		CountDownLatch oldRenderMayFinish = new CountDownLatch(1);
		Future<String> old = this.pool.submit(() -> read("/todos", "/todos", () -> {
			oldRenderStarted.countDown();
			await(oldRenderMayFinish);
			return "old";
		}, "todos"));
		oldRenderStarted.await();
		this.revalidation.revalidateTag("todos");
		Future<String> reader = this.pool.submit(() -> read("/todos", "/todos", () -> "new", "todos"));
		awaitWaiting("/todos", 1); // arrived after the revalidation, waits for the old render
		oldRenderMayFinish.countDown();
		assertThat(old.get(10, TimeUnit.SECONDS)).isEqualTo("old");
		assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("new");
	}

	@Test
	void aWaiterTakesTheRenderUnderWayWhenNoRevalidationCameBetweenItsStartAndTheWaitersArrival()
			throws Exception {
		AtomicInteger renders = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch renderMayFinish = new CountDownLatch(1);
		Supplier<String> renderer = () -> {
			int n = renders.incrementAndGet();
			started.countDown();
			await(renderMayFinish);
			return "render " + n;
		};
		Future<String> first = this.pool.submit(() -> read("/todos", "/todos", renderer, "todos"));
		started.await();
		Future<String> waiter = this.pool.submit(() -> read("/todos", "/todos", renderer, "todos"));
		awaitWaiting("/todos", 1);
		// a revalidation after the waiter's arrival does not make it wait for another render
		this.revalidation.revalidateTag("todos");
		renderMayFinish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("render 1");
		assertThat(waiter.get(10, TimeUnit.SECONDS)).isEqualTo("render 1");
		assertThat(renders).hasValue(1);
	}

	@Test
	void underARevalidationDuringEveryRenderEachWaiterIsServedByTheNextRenderAtTheLatest() throws Exception {
		AtomicInteger renders = new AtomicInteger();
		List<CountDownLatch> started = List.of(new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1));
		List<CountDownLatch> mayFinish = List.of(new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1));
		Supplier<String> renderer = () -> {
			int n = renders.incrementAndGet();
			this.revalidation.revalidateTag("todos"); // a writer revalidates while every render runs
			started.get(Math.min(n, 3) - 1).countDown();
			await(mayFinish.get(Math.min(n, 3) - 1));
			return "render " + n;
		};
		Future<String> first = this.pool.submit(() -> read("/todos", "/todos", renderer, "todos"));
		started.get(0).await();
		List<Future<String>> late = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			late.add(this.pool.submit(() -> read("/todos", "/todos", renderer, "todos")));
		}
		awaitWaiting("/todos", 4); // arrived after render 1's revalidation: render 1 is too old for them
		mayFinish.get(0).countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("render 1");
		started.get(1).await(); // one of them renders, and revalidates again meanwhile
		awaitWaiting("/todos", 3);
		mayFinish.get(1).countDown();
		for (Future<String> reader : late) {
			assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("render 2");
		}
		mayFinish.get(2).countDown();
		assertThat(renders).hasValue(2);
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
			return this.cache.render(new RenderTarget(key, path, Set.of(tags), 0),
					() -> new RenderCache.Output(200, Map.of(), content.get().getBytes(StandardCharsets.UTF_8))).entry();
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

	private static void waitUntil(Supplier<Boolean> condition) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(condition::get);
	}

	private void awaitWaiting(String key, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> this.cache.waiting() == count);
	}

}
