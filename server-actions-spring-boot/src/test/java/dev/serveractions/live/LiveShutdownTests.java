package dev.serveractions.live;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import dev.serveractions.live.app.LiveTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class LiveShutdownTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void openStreamsEndAtShutdownInsteadOfHoldingTheGracefulShutdownForItsWholeTimeout() throws Exception {
		ConfigurableApplicationContext context = start();
		EventStream stream = openStream(context);
		assertThat(stream.status()).isEqualTo(200);
		Instant start = Instant.now();
		context.close();
		assertThat(Duration.between(start, Instant.now())).as("waited for the stream").isLessThan(Duration.ofSeconds(30));
		stream.close();
	}

	@Test
	void aStreamThatOpensWhileTheApplicationShutsDownEndsAtOnceInsteadOfHoldingTheShutdown() throws Exception {
		ConfigurableApplicationContext context = start();
		try {
			// the shutdown has ended the streams, the web server still takes requests (a later phase)
			context.getBean(LiveSender.class).stop();
			try (EventStream stream = openStream(context)) {
				assertThat(stream.endsWithin(Duration.ofSeconds(5))).as("the late stream ended").isTrue();
			}
			assertThat(EventStream.awaitNoStreams(context.getBean(LiveConnections.class))).isZero();
		}
		finally {
			context.close();
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LiveTestApplication.class)
			.properties("server.port=0", "server.address=127.0.0.1", "server.shutdown=graceful",
					"spring.lifecycle.timeout-per-shutdown-phase=60s")
			.run();
	}

	/** Reads the live page's subscription, then opens its event stream. */
	private EventStream openStream(ConfigurableApplicationContext context) throws Exception {
		String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		String page = this.client.send(HttpRequest.newBuilder(URI.create(base + "/board")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String token = LivePagesIntegrationTests.subscriptionOf(page);
		return EventStream.open(this.client, base + "/_sa/live?s=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
	}

}
