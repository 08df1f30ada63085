package dev.serveractions.redis;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.serveractions.redis.app.ClusterTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance restarted while the others revalidate. Its web server answers before its
 * subscription is in place: what it caches then, and what others revalidate meanwhile, must not
 * outlive the subscription.
 */
class InstanceRestartTests {

	@RegisterExtension
	static final EmbeddedRedis redis = new EmbeddedRedis();

	@Test
	void anInstanceRestartedWhileOthersRevalidateNeverServesAnEntryOlderThanTheLastRevalidation() {
		try (Instance a = Instance.start(redis.port()); Instance b = Instance.start(redis.port())) {
			a.get("/items");
			b.get("/items");
			b.close();
			AtomicReference<String> cachedInTheGap = new AtomicReference<>();
			// others keep revalidating while b restarts
			try (Load writers = new Load(List.of(() -> a.post("/other"), () -> a.post("/other")))) {
				await().atMost(Duration.ofSeconds(30)).until(() -> writers.done() > 10);
				try (Instance restarted = Instance.start(redis.port(), (builder) -> builder
					.initializers((context) -> context.getBeanFactory()
						.registerSingleton("gap", new Gap(a, (WebServerApplicationContext) context, cachedInTheGap))))) {
					assertThat(cachedInTheGap.get()).as("b served and cached before it subscribed").startsWith("items ");
					String latest = "items " + ClusterTestApplication.items.get();
					assertThat(latest).isNotEqualTo(cachedInTheGap.get());
					for (int i = 0; i < 20; i++) {
						assertThat(restarted.get("/items").body()).isEqualTo(latest);
					}
					a.post("/items");
					String next = "items " + ClusterTestApplication.items.get();
					await().atMost(Duration.ofSeconds(10))
						.untilAsserted(() -> assertThat(restarted.get("/items").body()).isEqualTo(next));
					writers.stop();
					assertThat(writers.failures()).isEmpty();
					String other = "other " + ClusterTestApplication.other.get();
					await().atMost(Duration.ofSeconds(10))
						.untilAsserted(() -> assertThat(restarted.get("/other").body()).isEqualTo(other));
				}
			}
		}
	}

	/**
	 * Runs after b's web server started and before its subscription: b caches the items, then a
	 * revalidates them, a message b cannot hear.
	 */
	private record Gap(Instance a, WebServerApplicationContext b, AtomicReference<String> cached)
			implements SmartLifecycle {

		@Override
		public void start() {
			int port = this.b.getWebServer().getPort();
			this.cached.set(Instance.send(java.net.http.HttpRequest.newBuilder(Instance.uri(port, "/items"))).body());
			Instance.send(java.net.http.HttpRequest.newBuilder(Instance.uri(port, "/items")));
			this.a.post("/items");
		}

		@Override
		public void stop() {
		}

		@Override
		public boolean isRunning() {
			return false;
		}

		@Override
		public int getPhase() {
			return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 1;
		}

	}

}
