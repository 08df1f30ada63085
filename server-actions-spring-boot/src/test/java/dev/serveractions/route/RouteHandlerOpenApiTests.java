package dev.serveractions.route;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;

import dev.serveractions.action.ServerAction;
import dev.serveractions.route.app.RouteTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/** With springdoc-openapi on the classpath, route handlers are documented as what they answer. */
@SpringBootTest(classes = { RouteTestApplication.class, RouteHandlerOpenApiTests.ItemActions.class },
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server-actions.secret=route-handler-openapi-test-secret-of-32-bytes")
class RouteHandlerOpenApiTests {

	@LocalServerPort
	int port;

	JsonNode paths;

	@BeforeEach
	void readTheDocs() throws Exception {
		String body = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/v3/api-docs")).build(),
					BodyHandlers.ofString())
			.body();
		this.paths = JsonMapper.builder().build().readTree(body).get("paths");
	}

	@Test
	void everyVerbMethodIsAnOperationOnItsPath() {
		assertThat(operations("/items")).containsExactlyInAnyOrder("get", "post");
		assertThat(operations("/items/{id}")).containsExactlyInAnyOrder("get", "put", "delete");
	}

	@Test
	void aParameterBoundByItsNameIsARequiredPathParameter() {
		JsonNode id = parameter("/items/{id}", "get", "id");
		assertThat(id.get("in").asString()).isEqualTo("path");
		assertThat(id.get("required").asBoolean()).isTrue();
		assertThat(parameter("/shapes/{kind}/{size}", "get", "kind").get("in").asString()).isEqualTo("path");
		assertThat(parameter("/shapes/{kind}/{size}", "get", "page").get("in").asString()).isEqualTo("query");
	}

	@Test
	void aRequestBodyIsDocumentedWithItsSchema() {
		JsonNode body = this.paths.at("/~1items/post/requestBody");
		assertThat(body.get("required").asBoolean()).isTrue();
		assertThat(body.at("/content/application~1json/schema/$ref").asString()).endsWith("/NewItem");
	}

	@Test
	void aVoidMethodAnswersNoContent() {
		JsonNode responses = this.paths.at("/~1items~1{id}/delete/responses");
		assertThat(responses.has("204")).isTrue();
		assertThat(responses.has("200")).isFalse();
		assertThat(this.paths.at("/~1items~1{id}/get/responses/200/content").has("application/json")).isTrue();
	}

	@Test
	void serverActionsAreNotOperations() {
		assertThat(this.paths.toString()).doesNotContain("rename");
	}

	private List<String> operations(String path) {
		List<String> operations = new ArrayList<>();
		this.paths.get(path).propertyNames().forEach(operations::add);
		return operations;
	}

	private JsonNode parameter(String path, String operation, String name) {
		for (JsonNode parameter : this.paths.get(path).get(operation).get("parameters")) {
			if (parameter.get("name").asString().equals(name)) {
				return parameter;
			}
		}
		throw new AssertionError("no parameter " + name + " on " + operation + " " + path);
	}

	@Component
	static class ItemActions {

		@ServerAction("items.rename")
		public void rename(String name) {
		}

	}

}
