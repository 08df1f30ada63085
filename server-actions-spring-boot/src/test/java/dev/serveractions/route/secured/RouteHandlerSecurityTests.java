package dev.serveractions.route.secured;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring Security answers a route handler's denials exactly as it answers a controller's. */
@SpringBootTest(classes = SecuredApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RouteHandlerSecurityTests {

	private static final String ADA = "ada:lovelace";

	private static final String ROOT = "root:toor";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aPreAuthorizeDenialIs401ForAnonymousAnd403ForAUserAsFromAController(CapturedOutput output)
			throws Exception {
		assertThat(status("/route/admin", null)).isEqualTo(401).isEqualTo(status("/controller/admin", null));
		assertThat(status("/route/admin", ADA)).isEqualTo(403).isEqualTo(status("/controller/admin", ADA));
		assertThat(status("/route/admin", ROOT)).isEqualTo(200);
		assertThat(output).doesNotContain("ERROR");
	}

	@Test
	void aThrownAccessDeniedExceptionIsSecuritysAnswerAsFromAController(CapturedOutput output) throws Exception {
		assertThat(status("/route/refuse/denied", null)).isEqualTo(401)
			.isEqualTo(status("/controller/refuse/denied", null));
		assertThat(status("/route/refuse/denied", ADA)).isEqualTo(403)
			.isEqualTo(status("/controller/refuse/denied", ADA));
		assertThat(output).doesNotContain("ERROR");
	}

	@Test
	void aThrownAuthenticationExceptionAsksForCredentialsAsFromAController() throws Exception {
		HttpResponse<String> route = send("/route/refuse/who", ADA);
		assertThat(route.statusCode()).isEqualTo(401).isEqualTo(send("/controller/refuse/who", ADA).statusCode());
		assertThat(route.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				(challenge) -> assertThat(challenge).startsWith("Basic"));
	}

	private int status(String path, String credentials) throws Exception {
		return send(path, credentials).statusCode();
	}

	private HttpResponse<String> send(String path, String credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (credentials != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
