package dev.serveractions.redis;

import java.time.Duration;
import java.util.List;

import dev.serveractions.redis.app.ClusterTestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis stopped while two instances serve and revalidate, then started again: no request waits
 * for it beyond the publish timeout, revalidations keep applying locally, the health contributor
 * reports the subscription down, and once Redis is back both instances clear their caches, say
 * so, and serve nothing stale.
 */
@ExtendWith(OutputCaptureExtension.class)
class RedisOutageTests {

	/** The publish timeout (100 ms) and room for a machine shared with other builds. */
	private static final long SLOWEST_ALLOWED_MILLIS = 1_500;

	@RegisterExtension
	static final EmbeddedRedis redis = new EmbeddedRedis();

	private static Instance a;

	private static Instance b;

	@BeforeAll
	static void startInstances() {
		// Lettuce's command timeout is far above the publish timeout: a request that waited for
		// Redis would take 10 s
		a = Instance.start(redis.port(), "spring.data.redis.timeout=10s");
		b = Instance.start(redis.port(), "spring.data.redis.timeout=10s");
	}

	@AfterAll
	static void stopInstances() {
		a.close();
		b.close();
	}

	@Test
	void requestsKeepSucceedingWithinTheTimeoutWhileRedisIsDownAndNothingStaleIsServedOnceItIsBack(
			CapturedOutput output) {
		for (Instance instance : List.of(a, b)) {
			instance.get("/items");
			instance.get("/other");
			assertThat(instance.cache("/other")).isEqualTo("HIT");
		}
		String before = b.get("/items").body();
		assertThat(b.get("/actuator/health/serverActionsCluster").body()).contains("\"status\":\"UP\"");

		redis.stop();
		Load load = new Load(List.of(() -> a.post("/items"), () -> a.get("/items"), () -> b.get("/items")));
		try {
			int writesBefore = ClusterTestApplication.items.get();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> ClusterTestApplication.items.get() >= writesBefore + 20);
			assertThat(a.get("/items").body()).as("a revalidation still applies on its instance")
				.isEqualTo("items " + ClusterTestApplication.items.get());
			assertThat(b.get("/items").body()).as("the other instance cannot hear it").isEqualTo(before);
			var health = b.get("/actuator/health/serverActionsCluster");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"status\":\"DOWN\"", "Redis did not take a probe within the publish timeout");

			redis.start();
			await().atMost(Duration.ofSeconds(90))
				.until(() -> occurrences(output.getOut(), "subscribed to Redis channel 'server-actions:revalidations' "
						+ "again after the subscription was lost") >= 2);
		}
		finally {
			load.stop();
		}
		assertThat(load.failures()).as("every request under load succeeded").isEmpty();
		assertThat(load.slowestMillis()).as("slowest request, ms").isLessThan(SLOWEST_ALLOWED_MILLIS);
		assertThat(load.done()).isGreaterThan(100);
		assertThat(output.getOut()).contains("Redis did not take [items] within 100 ms");
		for (Instance instance : List.of(a, b)) {
			assertThat(instance.cache("/other")).as("cleared, though no revalidation reached it").isEqualTo("MISS");
		}

		String latest = "items " + ClusterTestApplication.items.get();
		for (Instance instance : List.of(a, b)) {
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(instance.get("/items").body())
				.isEqualTo(latest));
			for (int i = 0; i < 20; i++) {
				assertThat(instance.get("/items").body()).isEqualTo(latest);
			}
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(b.get("/actuator/health/serverActionsCluster").body())
				.contains("\"status\":\"UP\"", "\"resubscriptions\":1"));
		a.post("/items");
		String next = "items " + ClusterTestApplication.items.get();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(b.get("/items").body()).isEqualTo(next));
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
