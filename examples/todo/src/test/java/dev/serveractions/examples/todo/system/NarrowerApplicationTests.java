package dev.serveractions.examples.todo.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

import dev.serveractions.action.ServerActions;
import dev.serveractions.examples.todo.TodoActions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test with an application class of its own that scans one package, as Spring's best-known
 * sample has for its error page: the demo's indexed actions and route handlers lie outside that
 * scan, so they are not beans here, and the context starts without any property.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NarrowerApplicationTests {

	@SpringBootApplication
	static class TestConfiguration {

	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ServerActions actions;

	@Test
	void aTestsOwnApplicationClassThatScansOnePackageStartsAndAnswers() throws Exception {
		assertThat(getClass().getClassLoader().getResource("META-INF/server-actions/index.json"))
			.as("the demo's index, which lists the classes this context leaves out").isNotNull();
		assertThat(this.context.getBeanNamesForType(TodoActions.class)).isEmpty();
		assertThat(this.actions.names()).isEmpty();
		String body = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/ping")).build(),
					BodyHandlers.ofString())
			.body();
		assertThat(body).isEqualTo("pong");
	}

}
