package dev.serveractions.redis;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.serveractions.redis.app.ClusterTestApplication;
import dev.serveractions.revalidation.Mode;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three instances of one application and one Redis: what one instance revalidates, the others
 * drop.
 */
class ClusterRevalidationTests {

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	@RegisterExtension
	static final EmbeddedRedis redis = new EmbeddedRedis();

	private static Instance a;

	private static Instance b;

	private static Instance c;

	@BeforeAll
	static void startInstances() {
		a = Instance.start(redis.port());
		b = Instance.start(redis.port());
		c = Instance.start(redis.port());
	}

	@AfterAll
	static void stopInstances() {
		for (Instance instance : List.of(a, b, c)) {
			instance.close();
		}
	}

	@BeforeEach
	void cacheTheItemsEverywhere() {
		for (Instance instance : List.of(a, b, c)) {
			// a stale entry of an earlier test is refreshed in the background
			await().atMost(DEADLINE).until(() -> instance.cache("/items").equals("HIT"));
			await().atMost(DEADLINE).until(() -> instance.cache("/other").equals("HIT"));
		}
	}

	@Test
	void aRevalidationOnOneInstanceDropsTheEntryOnTheOtherTwo() {
		assertThat(a.post("/items").statusCode()).isEqualTo(204);
		String items = "items " + ClusterTestApplication.items.get();
		for (Instance other : List.of(b, c)) {
			await().atMost(DEADLINE).untilAsserted(() -> assertThat(other.get("/items").body()).isEqualTo(items));
			assertThat(other.cache("/items")).isEqualTo("HIT");
			assertThat(other.cache("/other")).as("an entry with other tags stays").isEqualTo("HIT");
		}
		assertThat(a.get("/items").body()).as("applied at once on the instance that revalidated").isEqualTo(items);
	}

	@Test
	void aPathRevalidationOnOneInstanceDropsThePageOnTheOthers() {
		b.post("/revalidate-path?path=/items");
		String items = "items " + ClusterTestApplication.items.get();
		for (Instance other : List.of(a, c)) {
			await().atMost(DEADLINE).untilAsserted(() -> assertThat(other.get("/items").body()).isEqualTo(items));
		}
	}

	@Test
	void aStaleRevalidationMakesTheOthersServeTheOldPageWhileOneRefreshes() {
		String old = "items " + ClusterTestApplication.items.get();
		c.post("/items/stale");
		String items = "items " + ClusterTestApplication.items.get();
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(a.cache("/items")).isEqualTo("STALE"));
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(a.get("/items").body()).isEqualTo(items));
		assertThat(old).isNotEqualTo(items);
	}

	@Test
	void anInstanceIgnoresItsOwnMessages() {
		String cached = a.get("/items").body();
		ClusterTestApplication.items.incrementAndGet();
		String items = "items " + ClusterTestApplication.items.get();
		// a message with a's instance id, as a publishes after revalidating locally
		a.context().getBean(RedisRevalidationPublisher.class).revalidated(Mode.EXPIRE, List.of("items"));
		for (Instance other : List.of(b, c)) {
			await().atMost(DEADLINE).untilAsserted(() -> assertThat(other.get("/items").body()).isEqualTo(items));
		}
		// Redis delivers to a in publish order: once a applied b's later message, it had its own
		b.post("/other");
		String other = "other " + ClusterTestApplication.other.get();
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(a.get("/other").body()).isEqualTo(other));
		assertThat(a.cache("/items")).isEqualTo("HIT");
		assertThat(a.get("/items").body()).as("its own message dropped nothing").isEqualTo(cached);
	}

	@Test
	void theHealthEndpointReportsTheSubscription() {
		var health = b.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		Map<String, Object> cluster = JsonPath.read(health.body(), "$.components.serverActionsCluster");
		assertThat(cluster).containsEntry("status", "UP");
		assertThat(cluster).extractingByKey("details", InstanceOfAssertFactories.MAP)
			.containsEntry("channel", "server-actions:revalidations")
			.containsEntry("resubscriptions", 0)
			.containsKeys("instance", "subscribedSince", "roundTripMillis");
	}

}
