package dev.serveractions.actuate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import dev.serveractions.action.ServerActions;
import dev.serveractions.actuate.app.OpsApplication;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A per-page dashboard built on {@code http.server.requests}, as Prometheus scrapes it, sees
 * every request: cached answers and refused actions are recorded under their page's URI
 * template like any other request, and the action's own timer uses Spring's tag conventions.
 */
@SpringBootTest(classes = { OpsApplication.class, DashboardMetricsIntegrationTests.Prometheus.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server-actions.secret=ops-secret-of-at-least-32-bytes!!!!")
class DashboardMetricsIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	PrometheusMeterRegistry prometheus;

	@Autowired
	ServerActions actions;

	@BeforeEach
	void clear() {
		this.prometheus.clear();
	}

	@Test
	void cachedAnswersAreRecordedUnderTheRouteTemplateLikeRenderedOnes() throws Exception {
		for (int i = 0; i < 4; i++) {
			send(request("/api/items/7"));
		}
		assertThat(send(request("/api/items/7")).headers().firstValue("X-Cache")).hasValue("HIT");
		await().atMost(Duration.ofSeconds(5)).until(() -> lines("http_server_requests_seconds_count",
				"uri=\"/api/items/{id}\"").stream().anyMatch((line) -> line.endsWith(" 5")));
		List<String> lines = scraped("http_server_requests_seconds_count", "uri=\"/api/items/{id}\"");
		System.out.println("Prometheus, a cached route read 5 times (1 render, 4 hits):\n" + String.join("\n", lines));
		assertThat(lines).singleElement().satisfies((line) -> assertThat(line)
			.contains("method=\"GET\"", "outcome=\"SUCCESS\"", "status=\"200\"", "action=\"none\"").endsWith(" 5"));
		assertThat(lines("http_server_requests_seconds_count", "uri=\"UNKNOWN\"")).isEmpty();
	}

	@Test
	void refusedActionsAreRecordedUnderTheirPagesTemplateWithTheirStatus() throws Exception {
		HttpResponse<String> stale = send(form("/items", ServerActions.ACTION_FIELD + "=no-longer-deployed"));
		HttpResponse<String> changed = send(form("/items",
				ServerActions.ACTION_FIELD + "=" + this.actions.id("items.rename") + "&" + ServerActions.BIND_FIELD
						+ "=forged&name=x"));
		HttpResponse<String> crossSite = send(form("/items", ServerActions.ACTION_FIELD + "="
				+ this.actions.id("items.ping")).header("Origin", "https://evil.example"));
		assertThat(List.of(stale.statusCode(), changed.statusCode(), crossSite.statusCode()))
			.containsExactly(409, 400, 403);
		for (String status : List.of("409", "400", "403")) {
			List<String> lines = scraped("http_server_requests_seconds_count", "status=\"" + status + "\"");
			System.out.println("Prometheus, a refused action (" + status + "):\n" + String.join("\n", lines));
			assertThat(lines).singleElement().satisfies((line) -> assertThat(line)
				.contains("uri=\"/items\"", "method=\"POST\"", "outcome=\"CLIENT_ERROR\""));
		}
	}

	@Test
	void theActionTimerNamesItsActionUnderTheActionKeyAndAnUpperCaseOutcome() throws Exception {
		HttpResponse<String> pong = send(form("/items", "").header(ServerActions.ACTION_HEADER,
				this.actions.id("items.ping")).header("Accept", "application/json"));
		assertThat(pong.statusCode()).isEqualTo(200);
		List<String> lines = scraped("serveractions_action_seconds_count", "action=\"items.ping\"");
		System.out.println("Prometheus, an action run:\n" + String.join("\n", lines));
		assertThat(lines).singleElement().satisfies((line) -> assertThat(line).contains("outcome=\"RESULT\""));
	}

	private List<String> scraped(String metric, String label) {
		await().atMost(Duration.ofSeconds(5)).until(() -> !lines(metric, label).isEmpty());
		return lines(metric, label);
	}

	private List<String> lines(String metric, String label) {
		return Arrays.stream(scrape().split("\n"))
			.filter((line) -> line.startsWith(metric + "{") && line.contains(label))
			.toList();
	}

	private String scrape() {
		return this.prometheus.scrape();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest.Builder form(String path, String body) {
		return request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Prometheus {

		@Bean
		PrometheusMeterRegistry prometheusMeterRegistry() {
			return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		}

	}

}
