package dev.serveractions.examples.todo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import dev.serveractions.revalidation.RevalidationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's caches: the todo list fragment, revalidated by the JSON API, and the stats page. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TodoCachingTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TodoRepository todos;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RevalidationService revalidation;

	@BeforeEach
	void emptyTableAndCaches() {
		this.jdbc.sql("delete from attachment").update();
		this.jdbc.sql("delete from todo").update();
		this.revalidation.revalidatePath("/", dev.serveractions.revalidation.PathScope.LAYOUT);
		this.revalidation.revalidateTag("todos");
	}

	@Test
	void theTodoListIsServedFromTheCacheUntilTheJsonApiChangesATodo() throws Exception {
		this.todos.add("First", false);
		assertThat(send("GET", "/todos", null).body()).contains("First");
		this.todos.add("Written behind the app's back", false);
		assertThat(send("GET", "/todos", null).body()).contains("First").doesNotContain("behind the app");
		HttpResponse<String> created = send("POST", "/api/todos", "{\"text\":\"Through the API\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(send("GET", "/todos", null).body()).contains("First", "behind the app", "Through the API");
	}

	@Test
	void everyChangeThroughTheApiRevalidatesTheList() throws Exception {
		Todo todo = this.todos.add("Original", false);
		send("GET", "/todos", null);
		send("PATCH", "/api/todos/" + todo.id(), "{\"text\":\"Patched\"}");
		assertThat(send("GET", "/todos", null).body()).contains("Patched");
		send("PUT", "/api/todos/" + todo.id(), "{\"text\":\"Replaced\"}");
		assertThat(send("GET", "/todos", null).body()).contains("Replaced");
		send("DELETE", "/api/todos/" + todo.id(), null);
		assertThat(send("GET", "/todos", null).body()).doesNotContain("Replaced").contains("Nothing to do.");
	}

	@Test
	void aCreateAskedForHtmlThatTheApiCannotAnswerNeverLeavesTheCachedListStale() throws Exception {
		this.todos.add("Cached", false);
		send("GET", "/todos", null);
		HttpResponse<String> refused = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/todos"))
			.POST(BodyPublishers.ofString("{\"text\":\"Asked for HTML\"}"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/html")
			.build(), BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(406);
		boolean stored = this.todos.findAll(null).stream().anyMatch((todo) -> todo.text().equals("Asked for HTML"));
		// whether or not the todo was stored before the 406, the cached list says what is stored
		assertThat(send("GET", "/todos", null).body().contains("Asked for HTML")).isEqualTo(stored);
	}

	@Test
	void aFailedApiCallDoesNotRevalidateTheList() throws Exception {
		this.todos.add("Cached", false);
		send("GET", "/todos", null);
		this.todos.add("Unseen", false);
		assertThat(send("POST", "/api/todos", "{\"text\":\" \"}").statusCode()).isEqualTo(400);
		assertThat(send("GET", "/todos", null).body()).doesNotContain("Unseen");
	}

	@Test
	void theStatsPageIsACachedResponseThatSaysSo() throws Exception {
		this.todos.add("One", true);
		HttpResponse<String> first = send("GET", "/stats", null);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("X-Cache")).hasValue("MISS");
		this.todos.add("Two", false);
		HttpResponse<String> second = send("GET", "/stats", null);
		assertThat(second.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(second.body()).isEqualTo(first.body()).contains("<dd id=\"total\">1</dd>");
	}

	private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (json != null) ? BodyPublishers.ofString(json) : BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
