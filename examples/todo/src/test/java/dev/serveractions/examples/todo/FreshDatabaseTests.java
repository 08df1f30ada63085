package dev.serveractions.examples.todo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo on a database of its own, as a newcomer starts it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:fresh-database-tests;DB_CLOSE_DELAY=-1")
class FreshDatabaseTests {

	@LocalServerPort
	int port;

	@Autowired
	TodoRepository todos;

	@Autowired
	DataSource dataSource;

	@Test
	void aFreshDatabaseStartsWithTheTwoTodosOfTheNextJsExampleAndRestartsDoNotAddThemAgain() throws Exception {
		String seeded = "[{\"id\":1,\"text\":\"Learn Route Handlers\",\"completed\":true},"
				+ "{\"id\":2,\"text\":\"Explore Server Actions\",\"completed\":false}]";
		assertThat(get("/api/todos").body()).isEqualTo(seeded);
		assertThat(get("/todos").body()).contains("Learn Route Handlers", "Explore Server Actions")
			.doesNotContain("Nothing to do.");

		this.todos.delete(2);
		new ResourceDatabasePopulator(new ClassPathResource("data.sql")).execute(this.dataSource); // a restart
		assertThat(this.todos.findAll(null)).extracting(Todo::text).containsExactly("Learn Route Handlers");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					BodyHandlers.ofString());
	}

}
