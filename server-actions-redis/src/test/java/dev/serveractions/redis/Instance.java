package dev.serveractions.redis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.serveractions.redis.app.ClusterTestApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application instance of a cluster test: its own context and its own port on 127.0.0.1,
 * connected to the test's Redis, and an HTTP client for it.
 */
final class Instance implements AutoCloseable {

	static final String SECRET = "cluster-test-secret-of-at-least-32-bytes";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final ConfigurableApplicationContext context;

	private final int port;

	private Instance(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
	}

	static Instance start(int redisPort, String... properties) {
		return start(redisPort, (builder) -> builder, properties);
	}

	static Instance start(int redisPort, UnaryOperator<SpringApplicationBuilder> customizer, String... properties) {
		List<String> all = new ArrayList<>(List.of("server.address=127.0.0.1", "server.port=0",
				"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redisPort,
				"server-actions.secret=" + SECRET, "spring.main.banner-mode=off",
				"spring.thymeleaf.check-template-location=false",
				"management.endpoints.web.exposure.include=health",
				"management.endpoint.health.show-details=always"));
		all.addAll(List.of(properties));
		return new Instance(customizer.apply(new SpringApplicationBuilder(ClusterTestApplication.class))
			.properties(all.toArray(String[]::new))
			.run());
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	int port() {
		return this.port;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(this.port, path)).GET());
	}

	HttpResponse<String> post(String path) {
		return send(HttpRequest.newBuilder(uri(this.port, path)).POST(HttpRequest.BodyPublishers.noBody()));
	}

	/** The X-Cache header of a GET: HIT, STALE or MISS. */
	String cache(String path) {
		return get(path).headers().firstValue("X-Cache").orElse("none");
	}

	static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
