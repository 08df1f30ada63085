package dev.serveractions.route;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import com.jayway.jsonpath.JsonPath;
import dev.serveractions.route.hateoasapp.EmployeeStore;
import dev.serveractions.route.hateoasapp.HateoasApplication;
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
 * A failure of a route handler after it may have written never answers as if nothing happened:
 * a client that retries a bare {@code 500} of a POST creates a duplicate.
 */
@SpringBootTest(classes = HateoasApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RouteHandlerFailedAnswerTests {

	private static final String NEW_EMPLOYEE = "{\"name\":\"Sam\",\"role\":\"gardener\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	EmployeeStore store;

	@BeforeEach
	void emptyStore() {
		this.store.reset();
	}

	@Test
	void aPostThatFailsAfterSavingAnswersThatItMayHaveTakenEffect(CapturedOutput log) throws Exception {
		HttpResponse<String> response = send("POST", "/api/interns", NEW_EMPLOYEE);

		assertThat(this.store.count()).isEqualTo(1);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat((String) JsonPath.read(response.body(), "$.effect")).isEqualTo("unknown");
		assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("possibly after it took effect")
			.contains("before sending the request again");
		assertThat(response.body()).doesNotContain("mentor");
		assertThat(log.getOut()).contains("ERROR")
			.contains("Route handler dev.serveractions.route.hateoasapp.InternsRoute#post")
			.contains("on POST /api/interns; the request may have taken effect")
			.contains("IllegalStateException: the mentor service is offline");
	}

	@Test
	void aPostWhoseAnswerCannotBeWrittenAnswersThatItTookEffect(CapturedOutput log) throws Exception {
		HttpResponse<String> response = send("POST", "/api/contractors", NEW_EMPLOYEE);

		assertThat(this.store.count()).isEqualTo(1);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat((String) JsonPath.read(response.body(), "$.effect")).isEqualTo("applied");
		assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("The request took effect")
			.contains("Do not send it again");
		assertThat(log.getOut()).contains("Route handler dev.serveractions.route.hateoasapp.ContractorsRoute#post")
			.contains("so the request took effect, but writing its answer failed");
	}

	@Test
	void aFailedGetChangesNothingAndSaysNothingAboutAnEffect(CapturedOutput log) throws Exception {
		HttpResponse<String> response = send("GET", "/api/interns", null);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat((String) JsonPath.read(response.body(), "$.detail"))
			.isEqualTo("The server could not complete the request.");
		assertThat(response.body()).doesNotContain("effect").doesNotContain("directory");
		assertThat(log.getOut()).contains("Route handler dev.serveractions.route.hateoasapp.InternsRoute#get")
			.contains("failed on GET /api/interns");
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
