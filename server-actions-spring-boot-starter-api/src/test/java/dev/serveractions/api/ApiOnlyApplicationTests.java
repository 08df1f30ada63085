package dev.serveractions.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application of route handlers only, on {@code server-actions-spring-boot-starter-api}:
 * its classpath has no template engine, it starts without a warning, and its routes answer,
 * validate and cache as with the full starter.
 */
@SpringBootTest(classes = ApiApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApiOnlyApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theStarterBringsNoTemplateEngine() {
		assertThat(ClassUtils.isPresent("org.thymeleaf.TemplateEngine", getClass().getClassLoader())).isFalse();
		assertThat(ClassUtils.isPresent("org.thymeleaf.spring6.SpringTemplateEngine", getClass().getClassLoader()))
			.isFalse();
	}

	@Test
	void theApplicationStartsWithoutAWarning(CapturedOutput output) {
		assertThat(output.getOut()).contains("Started ")
			.doesNotContain("Cannot find template location")
			.doesNotContain(" WARN ");
	}

	@Test
	void routeHandlersAnswerValidateAndCache() throws Exception {
		HttpResponse<String> first = send(request("/api/greetings/ada").GET());
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).isEqualTo("{\"text\":\"Hello, ada\"}");
		assertThat(send(request("/api/greetings/ada").GET()).headers().firstValue("X-Cache")).hasValue("HIT");
		HttpResponse<String> invalid = send(request("/api/greetings/ada").header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"\"}")));
		assertThat(invalid.statusCode()).isBetween(400, 422);
		assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
