package dev.serveractions.examples.todo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TodoApiTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TodoRepository todos;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyTable() {
		this.jdbc.sql("delete from todo").update();
	}

	@Test
	void postCreatesATodoAndAnswers201WithItsLocation() throws Exception {
		HttpResponse<String> response = send("POST", "/api/todos", "{\"text\":\"  Buy milk \"}");
		assertThat(response.statusCode()).isEqualTo(201);
		long id = this.todos.findAll(null).get(0).id();
		assertThat(response.headers().firstValue("Location")).hasValue("/api/todos/" + id);
		assertThat(response.body()).isEqualTo("{\"id\":" + id + ",\"text\":\"Buy milk\",\"completed\":false}");
	}

	@Test
	void postWithoutTextOrWithBlankTextIsA400ProblemAndStoresNothing() throws Exception {
		for (String body : new String[] { "{}", "{\"text\":\"   \"}", "{\"text\":null}" }) {
			HttpResponse<String> response = send("POST", "/api/todos", body);
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("\"field\":\"text\"");
		}
		assertThat(this.todos.findAll(null)).isEmpty();
	}

	@Test
	void getListsTodosAndQFiltersThemByTextIgnoringCase() throws Exception {
		this.todos.add("Buy milk", false);
		this.todos.add("Walk the dog", true);
		this.todos.add("Oat MILK too", false);
		assertThat(send("GET", "/api/todos", null).body()).contains("Buy milk", "Walk the dog", "Oat MILK too");
		String filtered = send("GET", "/api/todos?q=milk", null).body();
		assertThat(filtered).contains("Buy milk", "Oat MILK too").doesNotContain("Walk the dog");
		assertThat(send("GET", "/api/todos?q=100%25", null).body()).isEqualTo("[]");
	}

	@Test
	void getOneAnswersTheTodoOrA404Problem() throws Exception {
		Todo todo = this.todos.add("Read", false);
		assertThat(send("GET", "/api/todos/" + todo.id(), null).body()).contains("\"text\":\"Read\"");
		HttpResponse<String> missing = send("GET", "/api/todos/999999", null);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(missing.body()).contains("Todo 999999 does not exist.");
	}

	@Test
	void putReplacesTheWholeTodo() throws Exception {
		Todo todo = this.todos.add("Old", true);
		HttpResponse<String> response = send("PUT", "/api/todos/" + todo.id(), "{\"text\":\"New\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.todos.find(todo.id())).hasValue(new Todo(todo.id(), "New", false));
		assertThat(send("PUT", "/api/todos/999999", "{\"text\":\"New\"}").statusCode()).isEqualTo(404);
		assertThat(send("PUT", "/api/todos/" + todo.id(), "{\"text\":\"\"}").statusCode()).isEqualTo(400);
		assertThat(this.todos.find(todo.id())).hasValue(new Todo(todo.id(), "New", false));
	}

	@Test
	void patchMergesOnlyTheFieldsSent() throws Exception {
		Todo todo = this.todos.add("Keep me", false);
		HttpResponse<String> response = send("PATCH", "/api/todos/" + todo.id(), "{\"completed\":true}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.todos.find(todo.id())).hasValue(new Todo(todo.id(), "Keep me", true));
		assertThat(send("PATCH", "/api/todos/" + todo.id(), "{\"text\":\" \"}").statusCode()).isEqualTo(400);
		assertThat(send("PATCH", "/api/todos/999999", "{\"completed\":true}").statusCode()).isEqualTo(404);
		assertThat(this.todos.find(todo.id())).hasValue(new Todo(todo.id(), "Keep me", true));
	}

	@Test
	void deleteAnswers204ThenTheTodoIsGone() throws Exception {
		Todo todo = this.todos.add("Bye", false);
		HttpResponse<String> response = send("DELETE", "/api/todos/" + todo.id(), null);
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(this.todos.find(todo.id())).isEmpty();
		assertThat(send("DELETE", "/api/todos/" + todo.id(), null).statusCode()).isEqualTo(404);
	}

	@Test
	void malformedJsonAndWrongIdTypesAre400Problems() throws Exception {
		assertThat(send("POST", "/api/todos", "{\"text\":").statusCode()).isEqualTo(400);
		assertThat(send("GET", "/api/todos/abc", null).statusCode()).isEqualTo(400);
		assertThat(this.todos.findAll(null)).isEmpty();
	}

	@Test
	void theHomePageSaysWhatTheDemoShowsAndLinksToIt() throws Exception {
		HttpResponse<String> response = send("GET", "/", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Todo demo").contains("href=\"/api/todos\"");
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
