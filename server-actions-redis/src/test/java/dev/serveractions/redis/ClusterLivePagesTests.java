package dev.serveractions.redis;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.serveractions.live.LiveSubscriptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live pages across two instances and one real Redis: a revalidation on A reaches the event
 * streams open on B, through the very message that clears B's cache.
 */
class ClusterLivePagesTests {

	@RegisterExtension
	static final EmbeddedRedis redis = new EmbeddedRedis();

	private static Instance a;

	private static Instance b;

	@BeforeAll
	static void startInstances() {
		a = Instance.start(redis.port());
		b = Instance.start(redis.port());
	}

	@AfterAll
	static void stopInstances() {
		a.close();
		b.close();
	}

	@Test
	void aRevalidationOnOneInstanceRefreshesThePagesOpenOnAnother() throws Exception {
		// what sa:live writes into the page /items rendered by B
		LiveSubscriptions subscriptions = b.context().getBean(LiveSubscriptions.class);
		String token = subscriptions.subscribe(new MockHttpServletRequest("GET", "/items"), List.of("items"),
				subscriptions.now());
		HttpResponse<Stream<String>> stream = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(Instance.uri(b.port(),
					"/_sa/live?s=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofLines());
		assertThat(stream.statusCode()).isEqualTo(200);
		BlockingQueue<String> events = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> stream.body().filter((line) -> line.startsWith("event:")).forEach(events::add));
		reader.setDaemon(true);
		reader.start();
		try {
			assertThat(a.post("/other").statusCode()).isEqualTo(204);
			assertThat(events.poll(500, TimeUnit.MILLISECONDS)).as("a tag the page did not render").isNull();
			assertThat(a.post("/items").statusCode()).isEqualTo(204);
			assertThat(events.poll(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("event:refresh");
		}
		finally {
			stream.body().close();
		}
	}

}
