package dev.serveractions.redis;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /actuator/health} of an application in cluster mode, with Spring Boot's own Redis
 * health indicator next to the cluster's, while Redis is stopped and while it is frozen: every
 * call answers within about {@code server-actions.cluster.health-timeout} (1 s), without the
 * application setting any Redis timeout.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClusterHealthTimeoutTests {

	/** The health timeout (1 s) and room for a machine shared with other builds. */
	private static final long SLOWEST_ALLOWED_MILLIS = 2_500;

	@RegisterExtension
	static final EmbeddedRedis redis = new EmbeddedRedis();

	@Test
	void healthAnswersWithinTheHealthTimeoutWhileRedisIsStoppedOrFrozen(CapturedOutput output) {
		try (Instance app = Instance.start(redis.port())) {
			await().atMost(Duration.ofSeconds(30)).until(() -> app.get("/actuator/health").statusCode() == 200);
			assertThat(app.get("/actuator/health").body()).contains("\"serverActionsCluster\":{", "\"redis\":{");

			redis.stop();
			try {
				assertDownWithinTheTimeout(app, "Redis stopped");
				app.post("/items");
			}
			finally {
				redis.start();
			}
			assertThat(Arrays.stream(output.getOut().split("\n"))
				.filter((line) -> line.contains("Redis did not take [items]"))
				.findFirst()).as("the first lost revalidation, after failed health probes")
				.hasValueSatisfying((line) -> assertThat(line).contains("WARN"));
			await().atMost(Duration.ofSeconds(60)).until(() -> app.get("/actuator/health").statusCode() == 200);

			redis.freeze();
			try {
				assertDownWithinTheTimeout(app, "Redis frozen (SIGSTOP)");
			}
			finally {
				redis.thaw();
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> app.get("/actuator/health").statusCode() == 200);
		}
	}

	@Test
	void aLongerRedisTimeoutOfTheApplicationIsNamedAtStartup(CapturedOutput output) {
		try (Instance app = Instance.start(redis.port(), "spring.data.redis.timeout=10s")) {
			assertThat(output.getOut()).contains("spring.data.redis.timeout is 10000 ms, longer than "
					+ "server-actions.cluster.health-timeout (1000 ms)");
		}
	}

	private static void assertDownWithinTheTimeout(Instance app, String state) {
		for (int i = 1; i <= 3; i++) {
			long start = System.nanoTime();
			HttpResponse<String> health = app.get("/actuator/health");
			long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
			System.out.println("GET /actuator/health with " + state + ", call " + i + ": " + health.statusCode()
					+ " in " + millis + " ms");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(JsonPath.<String>read(health.body(), "$.components.serverActionsCluster.status")).isEqualTo("DOWN");
			assertThat(millis).as("health call " + i + " with " + state + ", ms").isLessThan(SLOWEST_ALLOWED_MILLIS);
		}
	}

}
