package dev.serveractions;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.serveractions.todoapp.TodoApplication;
import dev.serveractions.todoapp.Todos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small, repeatable fuzz: a few hundred requests with odd methods, content types, escapes,
 * action headers and bodies, on loopback, at the route handlers and action pages of the todo
 * application. None may answer {@code 5xx} or log an ERROR.
 */
@SpringBootTest(classes = TodoApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ClientMistakeFuzzTests {

	private static final int REQUESTS = 400;

	private static final String[] METHODS = { "GET", "POST", "POST", "POST", "PUT", "PATCH", "DELETE" };

	private static final String[] PATHS = { "/api/todos", "/api/todos/1", "/api/todos/abc", "/api/todos/99",
			"/todos", "/todos/1/edit", "/todos/99/edit", "/todos/abc/edit" };

	private static final String[] QUERIES = { "", "", "?q=milk", "?q=%zz", "?q=%", "?q=%E9", "?%zz=1", "?q=a&q=b",
			"?q=%C3%28", "?text=x" };

	private static final String[] CONTENT_TYPES = { null, "application/json", "application/*", "*/*",
			"text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "application/json;charset=bogus",
			"garbage", "", "application/json;;;", "application/x-www-form-urlencoded;charset=utf-8",
			"text/*;charset=utf-8", "application/xml" };

	private static final String[] ACCEPTS = { null, "*/*", "application/json", "text/html", "application/problem+json",
			"garbage/", "text/*;q=abc", "image/png" };

	private static final String[] ACTION_NAMES = { null, null, "todos.add", "todos.update", "todos.remove", "nope",
			"", "todos.add ", "../x" };

	private static final String[] BODIES = { "", "{", "{\"text\":\"x\"}", "text=x", "text=%zz", "%%%", "\u0000",
			"[]", "{\"text\":null}", "null", "text=%E9&text=%C3%28", "_sa_action=zz&text=x", "{\"text\":\"\"}" };

	@LocalServerPort
	int port;

	@Autowired
	Todos todos;

	@Test
	void oddRequestsGetNo5xxAndLogNoError(CapturedOutput log) throws Exception {
		this.todos.reset();
		this.todos.add("first");
		RawHttp http = new RawHttp(this.port);
		Random random = new Random(17);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			String method = pick(random, METHODS);
			String target = pick(random, PATHS) + pick(random, QUERIES);
			String body = method.equals("GET") ? "" : pick(random, BODIES);
			List<String> headers = new ArrayList<>();
			add(headers, "Content-Type", pick(random, CONTENT_TYPES));
			add(headers, "Accept", pick(random, ACCEPTS));
			add(headers, "Sa-Action-Name", pick(random, ACTION_NAMES));
			if (random.nextInt(8) == 0) {
				add(headers, "Sa-Action", "zz" + random.nextInt(3));
			}
			RawHttp.Answer answer = http.send(method, target, body, headers.toArray(String[]::new));
			if (answer.status() >= 500 || answer.status() == 0) {
				failures.add(answer.status() + " for " + method + " " + target + " " + headers + " body=" + body);
			}
		}
		assertThat(failures).isEmpty();
		assertThat(log.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat ");
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static void add(List<String> headers, String name, String value) {
		if (value != null) {
			headers.add(name);
			headers.add(value);
		}
	}

}
