package dev.serveractions.revalidation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.serveractions.cache.CacheEntry;
import dev.serveractions.cache.CacheStore;
import dev.serveractions.cache.CaffeineCacheStore;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PurgeCoalescingTests {

	private final CountingStore store = new CountingStore();

	private final TagGenerations generations = new TagGenerations();

	private final AtomicInteger heard = new AtomicInteger();

	private final ExecutorService pool = Executors.newFixedThreadPool(16);

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void sixteenIdenticalPurgesWithinTheWindowCostOneRemovalPassAndOneMessageAfterTheFirst() throws Exception {
		RevalidationService revalidation = service(Duration.ofSeconds(1));
		revalidation.revalidatePath("/", PathScope.LAYOUT);
		List<Integer> counts = concurrently(16, () -> revalidation.revalidatePath("/", PathScope.LAYOUT));
		assertThat(counts).hasSize(16);
		assertThat(this.store.removals.get()).isEqualTo(2);
		assertThat(this.heard.get()).isEqualTo(2);
	}

	@Test
	void aPurgeThatJoinsOthersStillExpiresWhatWasRenderedJustBeforeItWasCalled() throws Exception {
		RevalidationService revalidation = service(Duration.ofMillis(300));
		revalidation.revalidateTag("todos");
		AtomicInteger n = new AtomicInteger();
		List<Integer> expired = concurrently(16, () -> {
			CacheEntry rendered = entry("/todos/" + n.incrementAndGet(), this.generations.next(), "todos");
			this.store.put(rendered);
			revalidation.revalidateTag("todos");
			boolean gone = this.generations.stateOf(rendered) == TagGenerations.State.EXPIRED
					&& this.store.get(rendered.key()) == null;
			return gone ? 1 : 0;
		});
		assertThat(expired).containsOnly(1).hasSize(16);
		assertThat(this.store.removals.get()).isEqualTo(2);
	}

	@Test
	void aPurgeWithNoIdenticalOneBeforeItRunsAtOnceAndDifferentPurgesDoNotWaitForEachOther() {
		RevalidationService revalidation = service(Duration.ofSeconds(30));
		long start = System.nanoTime();
		revalidation.revalidateTag("todos");
		revalidation.revalidateTag("users");
		revalidation.revalidatePath("/todos");
		revalidation.revalidateTag(Mode.STALE, "todos");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(this.store.removals.get()).isEqualTo(3);
		assertThat(this.heard.get()).isEqualTo(4);
	}

	@Test
	void aPurgeThatCameWithinTheWindowReturnsOnceTheWindowIsOver() {
		RevalidationService revalidation = service(Duration.ofMillis(200));
		revalidation.revalidateTag("todos");
		long start = System.nanoTime();
		revalidation.revalidateTag("todos");
		Duration waited = Duration.ofNanos(System.nanoTime() - start);
		assertThat(waited).isBetween(Duration.ofMillis(100), Duration.ofSeconds(5));
		assertThat(this.store.removals.get()).isEqualTo(2);
	}

	@Test
	void whileAStormLastsTheWindowGrowsSoItCostsFewerRuns() throws Exception {
		RevalidationService revalidation = service(Duration.ofMillis(100));
		long end = System.nanoTime() + Duration.ofMillis(1500).toNanos();
		// four callers purging back to back for 1.5 s: 15 runs with a window that stays 100 ms,
		// 6 when it doubles to 200 and 400 ms (runs at about 0, 100, 300, 700, 1100, 1500 ms)
		concurrently(4, () -> {
			int calls = 0;
			while (System.nanoTime() < end) {
				revalidation.revalidateTag("todos");
				calls++;
			}
			return calls;
		});
		assertThat(this.store.removals.get()).isBetween(2, 8);
	}

	@Test
	void withoutAWindowEveryPurgeRunsOnItsOwn() throws Exception {
		RevalidationService revalidation = service(Duration.ZERO);
		concurrently(16, () -> revalidation.revalidatePath("/", PathScope.LAYOUT));
		assertThat(this.store.removals.get()).isEqualTo(16);
	}

	private RevalidationService service(Duration window) {
		RevalidationListener listener = (mode, tags) -> this.heard.incrementAndGet();
		return new DefaultRevalidationService(this.store, this.generations, () -> List.of(listener),
				ObservationRegistry.NOOP, window);
	}

	private List<Integer> concurrently(int callers, Callable<Integer> call) throws Exception {
		CyclicBarrier start = new CyclicBarrier(callers);
		List<Future<Integer>> futures = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			futures.add(this.pool.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				return call.call();
			}));
		}
		List<Integer> results = new ArrayList<>();
		for (Future<Integer> future : futures) {
			results.add(future.get(30, TimeUnit.SECONDS));
		}
		return results;
	}

	private static CacheEntry entry(String key, long generation, String... tags) {
		return new CacheEntry(key, Set.of(tags), 200, Map.of(), new byte[0], false, 0, generation, 0);
	}

	/** The real store, counting its removal passes. */
	private static final class CountingStore implements CacheStore {

		private final CaffeineCacheStore delegate = new CaffeineCacheStore(1024 * 1024);

		final AtomicInteger removals = new AtomicInteger();

		@Override
		public @Nullable CacheEntry get(String key) {
			return this.delegate.get(key);
		}

		@Override
		public void put(CacheEntry entry) {
			this.delegate.put(entry);
		}

		@Override
		public void remove(String key, CacheEntry entry) {
			this.delegate.remove(key, entry);
		}

		@Override
		public int removeTagged(Collection<String> tags) {
			this.removals.incrementAndGet();
			return this.delegate.removeTagged(tags);
		}

		@Override
		public int countTagged(Collection<String> tags) {
			return this.delegate.countTagged(tags);
		}

		@Override
		public void clear() {
			this.delegate.clear();
		}

	}

}
