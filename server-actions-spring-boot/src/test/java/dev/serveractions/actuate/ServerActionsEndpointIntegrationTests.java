package dev.serveractions.actuate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.serveractions.action.ServerActions;
import dev.serveractions.actuate.app.OpsApplication;
import dev.serveractions.revalidation.Mode;
import dev.serveractions.revalidation.RevalidationService;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code serveractions} endpoint of a running application, and the cache and revalidation
 * meters in Spring Boot's {@code MeterRegistry}.
 */
@SpringBootTest(classes = OpsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server-actions.secret=ops-secret-of-at-least-32-bytes!!!!",
				"server-actions.cache.max-size=1MB", "management.endpoints.web.exposure.include=serveractions" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ServerActionsEndpointIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ServerActions actions;

	@Autowired
	RevalidationService revalidation;

	@Autowired
	MeterRegistry meters;

	@Test
	void readingTheEndpointListsRouteHandlersActionsAndTheCache() throws Exception {
		assertThat(get("/api/items/1").headers().firstValue("X-Cache")).hasValue("MISS");
		assertThat(get("/api/items/1").headers().firstValue("X-Cache")).hasValue("HIT");
		HttpResponse<String> response = get("/actuator/serveractions");
		assertThat(response.statusCode()).isEqualTo(200);
		String json = response.body();
		assertThat(JsonPath.<String>read(json, "$.routes[0].path")).isEqualTo("/api/items/{id}");
		assertThat(JsonPath.<String>read(json, "$.routes[0].methods.GET"))
			.isEqualTo("dev.serveractions.actuate.app.ItemRoute#get");
		assertThat(JsonPath.<String>read(json, "$.routes[0].methods.DELETE"))
			.isEqualTo("dev.serveractions.actuate.app.ItemRoute#delete");
		assertThat(JsonPath.<String>read(json, "$.actions[0].name")).isEqualTo("items.ping");
		assertThat(JsonPath.<String>read(json, "$.actions[1].name")).isEqualTo("items.rename");
		assertThat(JsonPath.<String>read(json, "$.actions[1].id")).isEqualTo(this.actions.id("items.rename"));
		assertThat(JsonPath.<String>read(json, "$.actions[1].method"))
			.isEqualTo("dev.serveractions.actuate.app.ItemActions#rename");
		assertThat(JsonPath.<Integer>read(json, "$.actions[1].bound")).isEqualTo(1);
		assertThat(JsonPath.<List<String>>read(json, "$.actions[1].revalidates.tags")).containsExactly("items");
		assertThat(JsonPath.<List<String>>read(json, "$.actions[1].revalidates.paths")).containsExactly("/items");
		assertThat(JsonPath.<String>read(json, "$.actions[1].revalidates.mode")).isEqualTo("STALE");
		assertThat(JsonPath.<Object>read(json, "$.actions[0].revalidates")).isNull();
		assertThat(JsonPath.<Integer>read(json, "$.cache.entries")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(json, "$.cache.bytes")).isPositive();
		assertThat(JsonPath.<Integer>read(json, "$.cache.maxBytes")).isEqualTo(1024 * 1024);
		assertThat(JsonPath.<Integer>read(json, "$.cache.hits")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(json, "$.cache.misses")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(json, "$.cache.staleServes")).isZero();
		assertThat(JsonPath.<Integer>read(json, "$.cache.evictions")).isZero();
		assertThat(JsonPath.<Integer>read(json, "$.cache.largestTags.items")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(json, "$.cache.largestTags['page:/api/items/1']")).isEqualTo(1);
	}

	@Test
	void writingTagsToTheEndpointRevalidatesThem() throws Exception {
		get("/api/items/1");
		get("/api/items/2");
		HttpResponse<String> response = post("{\"tags\":\"items\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(response.body(), "$.revalidated")).isEqualTo(2);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.tags")).containsExactly("items");
		assertThat(get("/api/items/1").headers().firstValue("X-Cache")).hasValue("MISS");
		get("/api/items/2");
		assertThat(JsonPath.<Integer>read(post("{\"tags\":\"other, items\"}").body(), "$.revalidated")).isEqualTo(2);
	}

	@Test
	void writingAPathToTheEndpointRevalidatesThatPathOnly() throws Exception {
		get("/api/items/1");
		get("/api/items/2");
		HttpResponse<String> response = post("{\"path\":\"/api/items/1\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(response.body(), "$.revalidated")).isEqualTo(1);
		assertThat(get("/api/items/1").headers().firstValue("X-Cache")).hasValue("MISS");
		assertThat(get("/api/items/2").headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(JsonPath.<Integer>read(post("{\"path\":\"/api/**\"}").body(), "$.revalidated")).isEqualTo(2);
	}

	@Test
	void badInputToTheWriteOperationAnswers400() throws Exception {
		assertThat(post("{}").statusCode()).isEqualTo(400);
		assertThat(post("{\"tags\":\"\"}").statusCode()).isEqualTo(400);
		assertThat(post("{\"tags\":\"todos,,users\"}").statusCode()).isEqualTo(400);
		assertThat(post("{\"tags\":\"" + "x".repeat(300) + "\"}").statusCode()).isEqualTo(400);
		assertThat(post("{\"tags\":[\"todos\"]}").statusCode()).isEqualTo(400);
		assertThat(post("{\"path\":\"no-slash\"}").statusCode()).isEqualTo(400);
		assertThat(post("not json").statusCode()).isEqualTo(400);
	}

	@Test
	void cacheGetsAreMeteredByResultWithTheSizeOfTheCache() throws Exception {
		get("/api/items/1");
		get("/api/items/1");
		this.revalidation.revalidateTag(Mode.STALE, "items");
		assertThat(get("/api/items/1").headers().firstValue("X-Cache")).hasValue("STALE");
		assertThat(gets("hit")).isEqualTo(1);
		assertThat(gets("miss")).isEqualTo(1);
		assertThat(gets("stale")).isEqualTo(1);
		assertThat(this.meters.get("serveractions.cache.size").gauge().value()).isEqualTo(1);
		assertThat(this.meters.get("serveractions.cache.bytes").gauge().value()).isPositive();
		assertThat(this.meters.get("serveractions.cache.max.bytes").gauge().value()).isEqualTo(1024 * 1024);
		assertThat(this.meters.get("serveractions.cache.evictions").functionCounter().count()).isZero();
	}

	@Test
	void revalidationsAreObservedWithKindModeAndTheEntriesTheyDropped() throws Exception {
		get("/api/items/1");
		get("/api/items/2");
		this.revalidation.revalidateTag("items");
		this.revalidation.revalidatePath("/nothing/here");
		assertThat(this.meters.get("serveractions.revalidation").tags("kind", "tag", "mode", "expire").timer().count())
			.isEqualTo(1);
		assertThat(this.meters.get("serveractions.revalidation").tags("kind", "path", "mode", "expire").timer().count())
			.isEqualTo(1);
		assertThat(this.meters.get("serveractions.revalidation.entries").tags("kind", "tag").counter().count())
			.isEqualTo(2);
		assertThat(this.meters.get("serveractions.revalidation.entries").tags("kind", "path").counter().count())
			.isZero();
	}

	private double gets(String result) {
		return this.meters.get("serveractions.cache.gets").tag("result", result).functionCounter().count();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/actuator/serveractions"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.timeout(Duration.ofSeconds(10))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
