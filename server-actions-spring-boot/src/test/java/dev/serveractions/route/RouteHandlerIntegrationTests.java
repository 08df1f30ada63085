package dev.serveractions.route;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import dev.serveractions.route.app.ItemStore;
import dev.serveractions.route.app.RouteTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = RouteTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=mappings",
				"server-actions.route-handlers.max-body-size=64KB" })
class RouteHandlerIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ItemStore store;

	@BeforeEach
	void emptyStore() {
		this.store.reset();
	}

	// 1. verbs, beans, helpers

	@Test
	void aMethodNamedGetAnswersGetWithJson() throws Exception {
		this.store.add("apple", 3);
		HttpResponse<String> response = send("GET", "/items", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).isEqualTo("[{\"id\":1,\"name\":\"apple\",\"quantity\":3}]");
	}

	@Test
	void verbMethodsAreMatchedInAnyCaseAndHelpersAreNotMapped() throws Exception {
		HttpResponse<String> response = send("GET", "/cased", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("upper-case GET");
		assertThat(send("DESCRIBE", "/items/1", null).statusCode()).isEqualTo(405);
	}

	@Test
	void postWithAJsonBodyCreatesAndAnswersWithLocation() throws Exception {
		HttpResponse<String> response = send("POST", "/items", "{\"name\":\"pear\",\"quantity\":2}");
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location")).hasValue("/items/1");
		assertThat(this.store.find(1)).isPresent();
	}

	// 2. parameters

	@Test
	void unannotatedSimpleParametersBindToPathVariablesOfTheSameName() throws Exception {
		HttpResponse<String> response = send("GET", "/shapes/circle/12?page=3", null,
				"X-Tenant", "acme", "Cookie", "theme=dark");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"kind\":\"circle\",\"size\":12,\"page\":3,\"tenant\":\"acme\","
				+ "\"theme\":\"dark\",\"method\":\"GET\",\"principal\":null}");
	}

	@Test
	void aCatchAllPathVariableReceivesTheRestOfThePath() throws Exception {
		HttpResponse<String> response = send("GET", "/docs/guide/setup/install", null);
		assertThat(response.body()).isEqualTo("{\"slug\":\"/guide/setup/install\"}");
	}

	@Test
	void aRequestBodyOfRawBytesIsAccepted() throws Exception {
		HttpResponse<String> response = send("POST", "/shapes/a/1", "hello", "Content-Type",
				"application/octet-stream");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("HELLO");
	}

	// 3. returns

	@Test
	void voidAnswersNoContent() throws Exception {
		this.store.add("plum", 1);
		HttpResponse<String> response = send("DELETE", "/items/1", null);
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(this.store.find(1)).isEmpty();
	}

	@Test
	void aReturnedProblemDetailIsWrittenAsProblemJson() throws Exception {
		HttpResponse<String> response = send("GET", "/odds/problem", null);
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"detail\":\"Already there.\"").contains("\"hint\":\"try another\"");
	}

	@Test
	void streamingResponseBodyStreams() throws Exception {
		HttpResponse<String> response = send("GET", "/stream/plain", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("line 1\nline 2\nline 3\n");
	}

	@Test
	void sseEmitterSendsServerSentEvents() throws Exception {
		HttpResponse<String> response = send("GET", "/stream/sse", null, "Accept", "text/event-stream");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(response.body()).contains("event:tick\ndata:tick 1\n\n").contains("data:tick 3");
	}

	// 4. HEAD, OPTIONS, 405

	@Test
	void headIsAnsweredFromGetWithTheSameHeadersAndNoBody() throws Exception {
		this.store.add("fig", 4);
		HttpResponse<String> get = send("GET", "/items/1", null);
		HttpResponse<String> head = send("HEAD", "/items/1", null);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
		assertThat(head.headers().firstValue("Content-Length")).isEqualTo(get.headers().firstValue("Content-Length"));
		assertThat(head.headers().firstValue("X-Intercepted")).hasValue("yes");
	}

	@Test
	void optionsAnswersNoContentWithAllowListingHeadAndOptions() throws Exception {
		HttpResponse<String> response = send("OPTIONS", "/items/1", null);
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.headers().firstValue("Allow")).hasValue("DELETE, GET, HEAD, OPTIONS, PUT");
	}

	@Test
	void optionsAnswersEachRouteWithItsOwnAllow() throws Exception {
		HttpResponse<String> items = send("OPTIONS", "/items", null);
		HttpResponse<String> docs = send("OPTIONS", "/docs/a/b", null);
		assertThat(items.statusCode()).isEqualTo(204);
		assertThat(items.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS, POST");
		assertThat(docs.statusCode()).isEqualTo(204);
		assertThat(docs.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
	}

	@Test
	void anOptionsMappingOfTheApplicationOnARoutesPathAnswersInsteadOfTheRoutes() throws Exception {
		HttpResponse<String> cased = send("OPTIONS", "/cased", null);
		assertThat(cased.statusCode()).isEqualTo(200);
		assertThat(cased.headers().firstValue("X-Answered-By")).hasValue("application");
		assertThat(send("OPTIONS", "/items", null).statusCode()).isEqualTo(204);
	}

	@Test
	void aMissingVerbAnswers405WithAllowAndAProblem() throws Exception {
		HttpResponse<String> response = send("PATCH", "/items/1", "{}");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("DELETE, GET, HEAD, OPTIONS, PUT");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":405").contains("\"title\":\"Method Not Allowed\"");
	}

	// 5. bad input

	@Test
	void malformedJsonIsABadRequestProblem() throws Exception {
		HttpResponse<String> response = send("POST", "/items", "{\"name\": \"pear\", ");
		assertProblem(response, 400);
		assertThat(this.store.all()).isEmpty();
	}

	@Test
	void aWrongTypeInThePathIsABadRequestProblem() throws Exception {
		HttpResponse<String> response = send("GET", "/items/abc", null);
		assertProblem(response, 400);
		assertThat(response.body()).contains("'id'");
	}

	@Test
	void aWrongTypeInTheQueryIsABadRequestProblem() throws Exception {
		HttpResponse<String> response = send("GET", "/shapes/circle/1?page=first", null);
		assertProblem(response, 400);
		assertThat(response.body()).contains("'page'");
	}

	@Test
	void aValidationFailureIsABadRequestProblemWithFieldErrors() throws Exception {
		HttpResponse<String> response = send("POST", "/items", "{\"name\":\"\",\"quantity\":1}");
		assertProblem(response, 400);
		assertThat(response.body()).contains("\"errors\":[{\"field\":\"name\",\"code\":\"NotBlank\",\"message\":\"must not be blank\"}]");
		assertThat(this.store.all()).isEmpty();
	}

	@Test
	void aWrongContentTypeIsAnUnsupportedMediaTypeProblem() throws Exception {
		HttpResponse<String> response = send("POST", "/items", "name=pear", "Content-Type",
				"application/x-www-form-urlencoded");
		assertProblem(response, 415);
		assertThat(this.store.all()).isEmpty();
	}

	@Test
	void anUnacceptableAcceptIsANotAcceptableProblem() throws Exception {
		HttpResponse<String> response = send("GET", "/items", null, "Accept", "application/xml");
		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void anAcceptNoAnswerMeetsIsRefusedBeforeThePostRuns() throws Exception {
		HttpResponse<String> response = send("POST", "/items", "{\"name\":\"pear\"}", "Accept", "text/html");
		assertProblem(response, 406);
		assertThat(this.store.all()).isEmpty();
	}

	@Test
	void voidAnswersNoContentWhateverTheAccept() throws Exception {
		this.store.add("plum", 1);
		this.store.add("fig", 1);
		assertThat(send("DELETE", "/items/1", null, "Accept", "text/html").statusCode()).isEqualTo(204);
		assertThat(send("DELETE", "/items/2", null, "Accept", "application/xml").statusCode()).isEqualTo(204);
		assertThat(this.store.all()).isEmpty();
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
		HttpResponse<String> response = send("POST", "/items", bigItem(70_000));
		assertProblem(response, 413);
		assertThat(response.body()).contains("65536 bytes");
		assertThat(this.store.all()).isEmpty();
	}

	@Test
	void aChunkedBodyIsCountedByItsBytes() throws Exception {
		HttpResponse<String> tooLarge = sendChunked("/items", bigItem(70_000));
		assertProblem(tooLarge, 413);
		assertThat(this.store.all()).isEmpty();
		HttpResponse<String> small = sendChunked("/items", "{\"name\":\"pear\",\"quantity\":1}");
		assertThat(small.statusCode()).isEqualTo(201);
		assertThat(this.store.all()).hasSize(1);
	}

	@Test
	void aMissingItemIsANotFoundProblem() throws Exception {
		assertProblem(send("GET", "/items/99", null), 404);
	}

	@Test
	void anUnexpectedFailureIsA500ProblemThatRevealsNothing() throws Exception {
		HttpResponse<String> response = send("GET", "/odds/boom", null);
		assertProblem(response, 500);
		assertThat(response.body()).doesNotContain("secret").doesNotContain("jdbc").doesNotContain("IllegalState");
	}

	// 6. Spring MVC integration

	@Test
	void routesAreListedInActuatorMappings() throws Exception {
		HttpResponse<String> response = send("GET", "/actuator/mappings", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("{GET [/items/{id}], produces [application/json")
			.contains("ItemRoute#get(long)")
			.contains("{DELETE [/items/{id}]}");
	}

	@Test
	void restControllerAdviceOfTheApplicationApplies() throws Exception {
		HttpResponse<String> response = send("GET", "/odds/teapot", null);
		assertThat(response.statusCode()).isEqualTo(418);
		assertThat(response.body()).contains("Short and stout.");
	}

	@Test
	void crossOriginAppliesIncludingThePreflight() throws Exception {
		HttpResponse<String> preflight = send("OPTIONS", "/odds/x", null, "Origin", "https://allowed.example",
				"Access-Control-Request-Method", "POST");
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://allowed.example");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
				(methods) -> assertThat(methods).contains("POST"));
		HttpResponse<String> denied = send("OPTIONS", "/odds/x", null, "Origin", "https://evil.example",
				"Access-Control-Request-Method", "POST");
		assertThat(denied.statusCode()).isEqualTo(403);
		HttpResponse<String> get = send("GET", "/odds/x", null, "Origin", "https://allowed.example");
		assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://allowed.example");
	}

	@Test
	void handlerInterceptorsApply() throws Exception {
		assertThat(send("GET", "/items", null).headers().firstValue("X-Intercepted")).hasValue("yes");
		assertThat(send("GET", "/docs/a", null).headers().firstValue("X-Intercepted")).isEmpty();
	}

	// 8. htmx-spring-boot on the classpath

	@Test
	void htmxSpringBootOnTheClasspathKeepsWorkingBesideRouteHandlers() throws Exception {
		assertThat(send("GET", "/htmx", null, "HX-Request", "true").body()).isEqualTo("htmx fragment");
		assertThat(send("GET", "/htmx", null).body()).isEqualTo("full page");
		assertThat(send("GET", "/items", null).statusCode()).isEqualTo(200);
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status).doesNotContain("Exception")
			.doesNotContain("\tat ").doesNotContain("trace");
	}

	private static String bigItem(int nameLength) {
		return "{\"name\":\"" + "x".repeat(nameLength) + "\",\"quantity\":1}";
	}

	private HttpResponse<String> sendChunked(String path, String body) throws IOException, InterruptedException {
		byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String method, String path, String body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (body != null && !java.util.List.of(headers).contains("Content-Type")) {
			request.header("Content-Type", "application/json");
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
