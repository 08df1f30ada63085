package dev.serveractions.benchmarks.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.serveractions.action.ServerActions;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first requests after a start, timed: a POST to one server action (with its signed
 * {@code @Bound} id), or, in the plain Spring MVC application, to one {@code @PostMapping}; then
 * a GET of one route. What the library creates on first use (an action's {@code HandlerMethod},
 * ids under previous keys) is paid here, so this shows whether it made the first request slower
 * than plain Spring MVC's.
 */
final class FirstRequests {

	private FirstRequests() {
	}

	/** {@code post=<ms>/<status> get=<ms>/<status>}. */
	static String of(ConfigurableApplicationContext context, boolean serverActions) throws IOException {
		String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		String post;
		if (serverActions) {
			ServerActions actions = context.getBean(ServerActions.class);
			post = request(base, "/gen/page", ServerActions.ACTION_FIELD + "=" + encode(actions.id("gen.a0")) + "&"
					+ ServerActions.BIND_FIELD + "=" + encode(actions.bind("gen.a0", List.of(7L))) + "&text=x&count=1");
		}
		else {
			post = request(base, "/gen/p0", "id=7&text=x&count=1");
		}
		return "post=" + post + " get=" + request(base, "/gen/r0/7", null);
	}

	/** {@code <ms>/<status>} of one request; a POST when there is a form body. */
	private static String request(String base, String path, String form) throws IOException {
		long start = System.nanoTime();
		HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
		connection.setInstanceFollowRedirects(false);
		if (form != null) {
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
			connection.setRequestProperty("Origin", base);
			try (OutputStream out = connection.getOutputStream()) {
				out.write(form.getBytes(StandardCharsets.UTF_8));
			}
		}
		int status = connection.getResponseCode();
		try (InputStream in = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
			if (in != null) {
				in.readAllBytes();
			}
		}
		return (System.nanoTime() - start) / 1_000_000 + "ms/" + status;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
