package dev.serveractions.action;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.serveractions.action.app.ActionTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production settings of docs/operations.md against clients that trickle a form's body: with
 * virtual threads, a request blocked reading its body parks a virtual thread instead of holding
 * one of Tomcat's 200 platform threads, so other clients are still answered. Needs JDK 21+: runs
 * in the module's {@code virtual-threads} test execution.
 */
@SpringBootTest(classes = ActionTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server-actions.secret=test-secret-of-at-least-32-bytes!!!",
				"spring.threads.virtual.enabled=true", "server.tomcat.connection-timeout=10s",
				"server.tomcat.keep-alive-timeout=15s", "server.tomcat.max-http-form-post-size=1MB",
				"server.tomcat.max-swallow-size=2MB", "spring.servlet.multipart.max-request-size=10MB" })
class SlowClientsTests {

	private static final int TRICKLERS = 200;

	@LocalServerPort
	int port;

	@Test
	void twoHundredClientsTricklingAFormOneBytePerTwoSecondsDoNotKeepAPageFromAnsweringWithinASecond()
			throws Exception {
		assertThat(Runtime.version().feature()).as("virtual threads need JDK 21+").isGreaterThanOrEqualTo(21);
		List<Socket> tricklers = new ArrayList<>();
		AtomicInteger failedWrites = new AtomicInteger();
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		try {
			// the page's first render (template parsing, class loading) is not what is measured
			assertThat(http.send(notes(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
			for (int i = 0; i < TRICKLERS; i++) {
				Socket socket = new Socket("127.0.0.1", this.port);
				socket.getOutputStream().write(formHead().getBytes(StandardCharsets.ISO_8859_1));
				socket.getOutputStream().write('_');
				tricklers.add(socket);
			}
			ticker.scheduleAtFixedRate(() -> tricklers.forEach((socket) -> {
				try {
					OutputStream out = socket.getOutputStream();
					out.write('x');
					out.flush();
				}
				catch (IOException ex) {
					failedWrites.incrementAndGet();
				}
			}), 2, 2, TimeUnit.SECONDS);
			Thread.sleep(1_000);
			for (int i = 0; i < 3; i++) {
				long start = System.nanoTime();
				HttpResponse<String> page = http.send(notes(), HttpResponse.BodyHandlers.ofString());
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				assertThat(page.statusCode()).isEqualTo(200);
				assertThat(took).as("GET /notes while %d clients trickle", TRICKLERS).isLessThan(Duration.ofSeconds(1));
				Thread.sleep(1_500);
			}
			assertThat(failedWrites.get()).as("the tricklers were still connected").isZero();
		}
		finally {
			ticker.shutdownNow();
			for (Socket socket : tricklers) {
				socket.close();
			}
		}
	}

	private HttpRequest notes() {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/notes"))
			.timeout(Duration.ofSeconds(10))
			.build();
	}

	/** What a browser sends before the body of a form that posts to an action. */
	private String formHead() {
		return "POST /notes HTTP/1.1\r\nHost: 127.0.0.1:" + this.port + "\r\n"
				+ "Origin: http://127.0.0.1:" + this.port + "\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n";
	}

}
