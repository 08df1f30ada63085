package dev.serveractions.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark compares like with like only while every variant answers the same bytes; this
 * keeps the route handler and the controller in step (run.sh also checks the Next.js variant).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BenchmarkApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theRouteHandlerAndTheControllerAnswerTheSameTwentyTodos() throws Exception {
		HttpResponse<byte[]> route = get("/route/todos");
		HttpResponse<byte[]> controller = get("/controller/todos");
		assertThat(route.statusCode()).isEqualTo(200);
		assertThat(controller.statusCode()).isEqualTo(200);
		assertThat(route.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(route.headers().firstValue("Content-Type"))
			.isEqualTo(controller.headers().firstValue("Content-Type"));
		assertThat(route.body()).isEqualTo(controller.body());
		String json = new String(route.body());
		assertThat(json).startsWith("[{\"id\":1,\"text\":\"Todo number 1\",\"done\":false},")
			.endsWith(",{\"id\":20,\"text\":\"Todo number 20\",\"done\":false}]");
		assertThat(json.split("\"id\":")).hasSize(21);
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return this.http.send(request, BodyHandlers.ofByteArray());
	}

}
