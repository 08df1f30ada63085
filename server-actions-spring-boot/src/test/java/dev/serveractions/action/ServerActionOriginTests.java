package dev.serveractions.action;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import dev.serveractions.action.app.ActionTestApplication;
import dev.serveractions.action.app.NoteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.serveractions.action.ActionClient.hiddenFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The origin an action post must come from is the public origin the application resolves, never a
 * {@code Host} header the client chose: a DNS-rebinding page sends {@code Host} and
 * {@code Origin} of its own.
 */
class ServerActionOriginTests {

	static final String SECRET = "server-actions.secret=test-secret-of-at-least-32-bytes!!!";

	@Nested
	@SpringBootTest(classes = ActionTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = SECRET)
	class WithoutAProxy {

		@LocalServerPort
		int port;

		@Autowired
		NoteStore store;

		@BeforeEach
		void setUp() {
			this.store.reset();
		}

		@Test
		void aPostWhoseHostAndOriginTheClientChoseTogetherIsForbidden() throws Exception {
			String answer = post(this.port, "evil.example", Map.of("Origin", "http://evil.example"));
			assertThat(answer).startsWith("HTTP/1.1 403");
			assertThat(this.store.all()).isEmpty();
		}

		@Test
		void aPostFromTheLoopbackOriginItWasSentToIsAccepted() throws Exception {
			String answer = post(this.port, "localhost:" + this.port, Map.of("Origin", "http://localhost:" + this.port));
			assertThat(answer).startsWith("HTTP/1.1 303");
			assertThat(this.store.all()).hasSize(1);
		}

	}

	@Nested
	@SpringBootTest(classes = ActionTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { SECRET, "server-actions.allowed-origins=https://shop.example" })
	class WithThePublicOriginListed {

		@LocalServerPort
		int port;

		@Autowired
		NoteStore store;

		@BeforeEach
		void setUp() {
			this.store.reset();
		}

		@Test
		void theListedOriginIsAcceptedWhateverTheHost() throws Exception {
			String answer = post(this.port, "10.0.0.7:8080", Map.of("Origin", "https://shop.example"));
			assertThat(answer).startsWith("HTTP/1.1 303");
		}

		@Test
		void anotherHostAndOriginTheClientChoseAreForbidden() throws Exception {
			String answer = post(this.port, "evil.example", Map.of("Origin", "http://evil.example"));
			assertThat(answer).startsWith("HTTP/1.1 403");
			assertThat(this.store.all()).isEmpty();
		}

	}

	@Nested
	@SpringBootTest(classes = ActionTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { SECRET, "server.forward-headers-strategy=framework" })
	class BehindAProxy {

		@LocalServerPort
		int port;

		@Test
		void theOriginTheProxySaysIsPublicIsAccepted() throws Exception {
			String answer = post(this.port, "app-1.internal:8080", Map.of("Origin", "https://shop.example",
					"X-Forwarded-Proto", "https", "X-Forwarded-Host", "shop.example", "X-Forwarded-Port", "443"));
			assertThat(answer).startsWith("HTTP/1.1 303");
		}

		@Test
		void theBackendsOwnHostIsNotThePublicOrigin() throws Exception {
			String answer = post(this.port, "localhost:" + this.port, Map.of("Origin", "http://localhost:" + this.port,
					"X-Forwarded-Proto", "https", "X-Forwarded-Host", "shop.example", "X-Forwarded-Port", "443"));
			assertThat(answer).startsWith("HTTP/1.1 403");
		}

	}

	/** Posts the page's add form over a raw connection, with a {@code Host} of the caller's choice. */
	static String post(int port, String host, Map<String, String> headers) throws IOException, InterruptedException {
		Map<String, String> fields = hiddenFields(new ActionClient(port).get("/notes").body(), "id=\"add\"");
		fields.put("text", "posted");
		String body = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		StringBuilder request = new StringBuilder("POST /notes HTTP/1.1\r\nHost: " + host + "\r\n")
			.append("Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n")
			.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("\r\n").append(body);
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
