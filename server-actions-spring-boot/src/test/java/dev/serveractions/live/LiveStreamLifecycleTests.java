package dev.serveractions.live;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.serveractions.live.app.LiveTestApplication;
import dev.serveractions.revalidation.RevalidationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import static org.assertj.core.api.Assertions.assertThat;

/** The stream's own life: through an application's ETag filter, to its timeout, and its slot after. */
@SpringBootTest(classes = { LiveTestApplication.class, LiveStreamLifecycleTests.EtagFilter.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server-actions.live.max-connections=1", "server-actions.live.timeout=1500ms" })
class LiveStreamLifecycleTests {

	@LocalServerPort
	int port;

	@Autowired
	RevalidationService revalidation;

	@Autowired
	LiveConnections connections;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void eventsPassAnApplicationsEtagFilterAsTheyHappen() throws Exception {
		EventStream.awaitNoStreams(this.connections); // another test's stream ends at its timeout
		try (EventStream stream = open()) {
			assertThat(stream.status()).isEqualTo(200);
			this.revalidation.revalidateTag("cards");
			assertThat(stream.next(Duration.ofSeconds(1))).isEqualTo("refresh");
		}
	}

	@Test
	void aStreamEndsAtItsTimeoutAndItsSlotTakesTheNextStream() throws Exception {
		EventStream first = open();
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.endsWithin(Duration.ofSeconds(5))).as("ended by the server").isTrue();
		assertThat(this.connections.size()).isZero();
		try (EventStream next = open()) {
			assertThat(next.status()).isEqualTo(200);
		}
	}

	private EventStream open() throws Exception {
		String page = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/board")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String token = LivePagesIntegrationTests.subscriptionOf(page);
		return EventStream.open(this.client, "http://localhost:" + this.port + "/_sa/live?s="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class EtagFilter {

		@Bean
		ShallowEtagHeaderFilter etagFilter() {
			return new ShallowEtagHeaderFilter();
		}

	}

}
