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

	@Test
	void openStreamsEndAtShutdownInsteadOfHoldingTheGracefulShutdownForItsWholeTimeout() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LiveTestApplication.class)
			.properties("server.port=0", "server.address=127.0.0.1", "server.shutdown=graceful",
					"spring.lifecycle.timeout-per-shutdown-phase=60s")
			.run();
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		HttpClient client = HttpClient.newHttpClient();
		String page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/board")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String token = LivePagesIntegrationTests.subscriptionOf(page);
		EventStream stream = EventStream.open(client,
				"http://127.0.0.1:" + port + "/_sa/live?s=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
		assertThat(stream.status()).isEqualTo(200);
		Instant start = Instant.now();
		context.close();
		assertThat(Duration.between(start, Instant.now())).as("waited for the stream").isLessThan(Duration.ofSeconds(30));
		stream.close();
	}

	@Test
	void aStreamThatOpensWhileTheApplicationShutsDownEndsAtOnceInsteadOfHoldingTheShutdown() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LiveTestApplication.class)
			.properties("server.port=0", "server.address=127.0.0.1", "server.shutdown=graceful",
					"spring.lifecycle.timeout-per-shutdown-phase=60s")
			.run();
		try {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			HttpClient client = HttpClient.newHttpClient();
			String page = client
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/board")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			String token = LivePagesIntegrationTests.subscriptionOf(page);
			// the shutdown has ended the streams, the web server still takes requests (a later phase)
			context.getBean(LiveSender.class).stop();
			try (EventStream stream = EventStream.open(client,
					"http://127.0.0.1:" + port + "/_sa/live?s=" + URLEncoder.encode(token, StandardCharsets.UTF_8))) {
				assertThat(stream.endsWithin(Duration.ofSeconds(5))).as("the late stream ended").isTrue();
			}
			assertThat(EventStream.awaitNoStreams(context.getBean(LiveConnections.class))).isZero();
		}
		finally {
			context.close();
		}
	}

}
