package dev.serveractions.examples.todo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's {@code serveractions} endpoint, on the management port only. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TodoOperationsTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	TodoRepository todos;

	@Test
	void theEndpointListsTheDemosRoutesActionsAndCacheOnTheManagementPort() throws Exception {
		this.todos.add("Seen by the cache", false);
		send(this.port, "GET", "/todos", null);
		send(this.port, "GET", "/todos", null);
		HttpResponse<String> response = send(this.managementPort, "GET", "/actuator/serveractions", null);
		assertThat(response.statusCode()).isEqualTo(200);
		String json = response.body();
		assertThat(JsonPath.<List<String>>read(json, "$.routes[*].path")).contains("/api/todos", "/api/todos/{id}");
		assertThat(JsonPath.<List<String>>read(json, "$.actions[*].name")).contains("todos.create", "todos.toggle");
		assertThat(JsonPath.<List<String>>read(json, "$.actions[?(@.name == 'todos.toggle')].revalidates.tags[0]"))
			.containsExactly("todos");
		assertThat(JsonPath.<Integer>read(json, "$.cache.hits")).isPositive();
		assertThat(JsonPath.<Integer>read(json, "$.cache.largestTags.todos")).isPositive();
	}

	@Test
	void anOperatorPurgesTheTodoListFromTheCommandLine() throws Exception {
		this.todos.add("Cached", false);
		send(this.port, "GET", "/todos", null);
		this.todos.add("Fixed by hand in the database", false);
		assertThat(send(this.port, "GET", "/todos", null).body()).doesNotContain("Fixed by hand");
		HttpResponse<String> purged = send(this.managementPort, "POST", "/actuator/serveractions",
				"{\"tags\":\"todos\"}");
		assertThat(purged.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(purged.body(), "$.revalidated")).isPositive();
		assertThat(send(this.port, "GET", "/todos", null).body()).contains("Fixed by hand");
	}

	@Test
	void theApplicationPortDoesNotServeActuator() throws Exception {
		assertThat(send(this.port, "GET", "/actuator/serveractions", null).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> send(int port, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, (json != null) ? BodyPublishers.ofString(json) : BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
