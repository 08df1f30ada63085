package dev.serveractions;

import dev.serveractions.action.ServerActions;
import dev.serveractions.todoapp.TodoApplication;
import dev.serveractions.todoapp.Todos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * A client's mistake is the client's: a 4xx problem that says what was wrong, nothing written, and
 * no ERROR or stack trace in the log. Each case was a 500 found by a fuzz of the demo.
 */
@SpringBootTest(classes = TodoApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ClientMistakeTests {

	@LocalServerPort
	int port;

	@Autowired
	Todos todos;

	@Autowired
	ServerActions actions;

	RawHttp http;

	@BeforeEach
	void setUp() {
		this.todos.reset();
		this.todos.add("keep me");
		this.todos.writes.set(0);
		this.http = new RawHttp(this.port);
	}

	@AfterEach
	void nothingWasWrittenNorLoggedAsAnError(CapturedOutput log) {
		assertThat(this.todos.writes).hasValue(0);
		assertThat(log.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat ");
	}

	@Test
	void anActionPostedToAPageWithoutThePathVariableItsLoaderNeedsIsA400Problem() throws Exception {
		RawHttp.Answer answer = this.http.send("POST", "/todos", "text=changed", "Sa-Action-Name", "todos.update",
				"Content-Type", "application/x-www-form-urlencoded");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).isEqualTo("application/problem+json");
		assertThat(answer.body()).contains("\"status\":400").contains("id");
	}

	@Test
	void aRouteHandlerBodyWithAWildcardContentTypeIsA415Problem() throws Exception {
		for (String type : new String[] { "application/*", "*/*" }) {
			RawHttp.Answer answer = this.http.send("POST", "/api/todos", "{\"text\":\"x\"}", "Content-Type", type);
			assertThat(answer.status()).as(type).isEqualTo(415);
			assertThat(answer.contentType()).as(type).isEqualTo("application/problem+json");
			assertThat(answer.body()).as(type).contains("\"status\":415");
		}
	}

	@Test
	void aFormBodyWithABadPercentEscapeOnAPutIsA400Problem() throws Exception {
		RawHttp.Answer answer = this.http.send("PUT", "/api/todos/1", "text=%zz", "Content-Type",
				"application/x-www-form-urlencoded");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).isEqualTo("application/problem+json");
		assertThat(answer.body()).contains("\"status\":400");
	}

	@Test
	void aBadPercentEscapeInARouteHandlersQueryIsA400Problem() throws Exception {
		RawHttp.Answer answer = this.http.send("GET", "/api/todos?x=%zz", "");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).isEqualTo("application/problem+json");
		assertThat(answer.body()).contains("\"status\":400");
	}

	@Test
	void aBadPercentEscapeInTheLiveStreamsQueryIsA400Problem() throws Exception {
		RawHttp.Answer answer = this.http.send("GET", "/_sa/live?s=%ZZ%00", "", "Accept", "text/event-stream");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).isEqualTo("application/problem+json");
		assertThat(answer.body()).contains("\"status\":400");
	}

	@Test
	void aBadPercentEscapeInAnOrdinaryPagesQueryIsA400ProblemForScriptsAndBrowsersAlike() throws Exception {
		for (String accept : new String[] { "application/json", "text/html,application/xhtml+xml,*/*;q=0.8" }) {
			RawHttp.Answer answer = this.http.send("GET", "/todos/search?q=%zz", "", "Accept", accept);
			assertThat(answer.status()).as(accept).isEqualTo(400);
			assertThat(answer.contentType()).as(accept).isEqualTo("application/problem+json");
			assertThat(answer.body()).as(accept).contains("\"status\":400").contains("could not be decoded");
		}
	}

	@Test
	void aBadPercentEscapeInAnActionFormPostsQueryIsA400() throws Exception {
		RawHttp.Answer answer = this.http.send("POST", "/todos?x=%zz",
				"_sa_action=" + this.actions.id("todos.add") + "&text=x", "Content-Type",
				"application/x-www-form-urlencoded");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("text/html");
	}

	@Test
	void aBadPercentEscapeInAnActionFormPostsBodyIsA400() throws Exception {
		RawHttp.Answer answer = this.http.send("POST", "/todos",
				"_sa_action=" + this.actions.id("todos.add") + "&text=%zz%00", "Content-Type",
				"application/x-www-form-urlencoded", "Accept", "application/json");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).isEqualTo("application/problem+json");
		assertThat(answer.body()).contains("\"status\":400");
	}

	@Test
	void aMultipartActionPostWithAnInvalidOrOversizedContentTypeIsA400Problem() throws Exception {
		String body = "--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nx\r\n--b--\r\n";
		for (String type : new String[] { "multipart/form-data", "multipart/form-data; boundary=",
				"multipart/form-data; boundary=" + "b".repeat(5000) }) {
			RawHttp.Answer answer = this.http.send("POST", "/todos", body, "Content-Type", type, "Sa-Action-Name",
					"todos.add");
			assertThat(answer.status()).as(type).isEqualTo(400);
			assertThat(answer.contentType()).as(type).isEqualTo("application/problem+json");
		}
	}

}
