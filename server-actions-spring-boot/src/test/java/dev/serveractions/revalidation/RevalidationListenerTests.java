package dev.serveractions.revalidation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.serveractions.cache.CaffeineCacheStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seam for modules that carry revalidations between instances: {@link RevalidationListener}
 * hears what the service revalidates, {@link LocalRevalidation} applies and clears without being
 * heard.
 */
class RevalidationListenerTests {

	private final CaffeineCacheStore store = new CaffeineCacheStore(16L * 1024 * 1024);

	private final TagGenerations generations = new TagGenerations();

	private final RenderCache cache = new RenderCache(this.store, this.generations, Duration.ofSeconds(10));

	private final List<String> heard = new CopyOnWriteArrayList<>();

	private final List<RevalidationListener> listeners = new CopyOnWriteArrayList<>(
			List.of((mode, tags) -> this.heard.add(mode + " " + tags + " cached " + cached("/todos"))));

	private final DefaultRevalidationService service = new DefaultRevalidationService(this.store, this.generations,
			() -> this.listeners);

	private final ExecutorService pool = Executors.newSingleThreadExecutor();

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void listenersHearEveryRevalidationWithItsModeAndTagsOnceItWasApplied() throws Exception {
		render("/todos", "todos", "list");
		this.service.revalidatePath("/todos");
		render("/todos", "todos", "list");
		this.service.revalidatePath("/blog", PathScope.LAYOUT);
		this.service.revalidateTag("todos", "users");
		this.service.revalidateTag(Mode.STALE, "users");
		assertThat(this.heard).containsExactly("EXPIRE [page:/todos] cached false",
				"EXPIRE [layout:/blog] cached true", "EXPIRE [todos, users] cached false", "STALE [users] cached false");
	}

	@Test
	void aRevalidationAppliedLocallyIsNotHeard() throws Exception {
		render("/todos", "todos", "list");
		assertThat(this.service.revalidateLocally(Mode.EXPIRE, List.of("todos"))).isEqualTo(1);
		assertThat(cached("/todos")).isFalse();
		render("/todos", "todos", "list");
		assertThat(this.service.revalidateLocally(Mode.STALE, List.of("page:/todos"))).isEqualTo(1);
		assertThat(this.cache.lookup("/todos").status()).isEqualTo(RenderCache.Status.STALE);
		this.service.clearLocally();
		assertThat(this.heard).isEmpty();
	}

	@Test
	void clearingLocallyDropsEverythingAndWhatARenderUnderWayWouldStore() throws Exception {
		render("/todos", "todos", "list");
		render("/users", "users", "people");
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch cleared = new CountDownLatch(1);
		Future<?> slow = this.pool.submit(() -> this.cache.render(new RenderTarget("/blog", "/blog", Set.of(), 0), () -> {
			rendering.countDown();
			cleared.await(10, TimeUnit.SECONDS);
			return new RenderCache.Output(200, Map.of(), "old".getBytes(StandardCharsets.UTF_8));
		}));
		rendering.await(10, TimeUnit.SECONDS);
		this.service.clearLocally();
		cleared.countDown();
		slow.get(10, TimeUnit.SECONDS);
		assertThat(cached("/todos")).isFalse();
		assertThat(cached("/users")).isFalse();
		assertThat(this.cache.lookup("/blog").status()).as("rendered before the clear, stored after")
			.isEqualTo(RenderCache.Status.MISS);
		render("/blog", "blog", "new");
		assertThat(this.cache.lookup("/blog").status()).isEqualTo(RenderCache.Status.HIT);
	}

	@Test
	void aListenerThatFailsDoesNotUndoTheRevalidationNorStopTheOthers() throws Exception {
		this.listeners.add(0, (mode, tags) -> {
			throw new IllegalStateException("down");
		});
		render("/todos", "todos", "list");
		assertThat(this.service.revalidateTag("todos")).isEqualTo(1);
		assertThat(cached("/todos")).isFalse();
		assertThat(this.heard).containsExactly("EXPIRE [todos] cached false");
	}

	@Test
	void theServiceOfTheAutoConfigurationTellsTheListenerBeansAndIsTheLocalRevalidation() {
		List<String> beanHeard = new CopyOnWriteArrayList<>();
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(RevalidationAutoConfiguration.class))
			.withBean(RevalidationListener.class, () -> (mode, tags) -> beanHeard.add(mode + " " + tags))
			.run((context) -> {
				assertThat(context).hasSingleBean(LocalRevalidation.class);
				context.getBean(RevalidationService.class).revalidateTag("todos");
				context.getBean(LocalRevalidation.class).revalidateLocally(Mode.EXPIRE, List.of("users"));
				assertThat(beanHeard).containsExactly("EXPIRE [todos]");
			});
	}

	private void render(String key, String tag, String body) throws Exception {
		this.cache.render(new RenderTarget(key, key, Set.of(tag), 0),
				() -> new RenderCache.Output(200, Map.of(), body.getBytes(StandardCharsets.UTF_8)));
	}

	private boolean cached(String key) {
		return this.cache.lookup(key).status() != RenderCache.Status.MISS;
	}

}
