package dev.serveractions.revalidation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.function.SingletonSupplier;

/**
 * Refreshes a stale cached response in the background: replays the request (same URL, same
 * headers, hence same user and same variant) against this server, marked with a per-process
 * secret header so that the cache renders it instead of answering from the stale entry.
 * Running the real request keeps every filter, interceptor and security rule in play.
 */
final class StaleRefresher {

	static final String HEADER = "X-Server-Actions-Refresh";

	private static final Log logger = LogFactory.getLog(StaleRefresher.class);

	private static final Set<String> NOT_REPLAYED = Set.of("host", "connection", "content-length", "expect",
			"upgrade", "transfer-encoding", "te", "keep-alive", "http2-settings", "trailer", HEADER.toLowerCase(Locale.ROOT));

	private final String secret = UUID.randomUUID().toString();

	/** Built on the first refresh: building one costs tens of milliseconds of startup. */
	private final SingletonSupplier<HttpClient> client = SingletonSupplier.of(() -> HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build());

	private final RenderCache cache;

	StaleRefresher(RenderCache cache) {
		this.cache = cache;
	}

	boolean isRefresh(HttpServletRequest request) {
		return this.secret.equals(request.getHeader(HEADER));
	}

	void refresh(HttpServletRequest request, String key) {
		try {
			HttpRequest.Builder replay = HttpRequest.newBuilder(uriOf(request)).GET().timeout(Duration.ofSeconds(60));
			for (String name : Collections.list(request.getHeaderNames())) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
					for (String value : Collections.list(request.getHeaders(name))) {
						replay.header(name, value);
					}
				}
			}
			replay.header(HEADER, this.secret);
			this.client.obtain().sendAsync(replay.build(), HttpResponse.BodyHandlers.discarding())
				.whenComplete((response, failure) -> {
					if (failure != null || response.statusCode() >= 300) {
						logger.debug("Background refresh of " + key + " failed; the stale entry stays", failure);
						this.cache.release(key);
					}
				});
		}
		catch (RuntimeException ex) {
			logger.debug("Could not start the background refresh of " + key, ex);
			this.cache.release(key);
		}
	}

	private static URI uriOf(HttpServletRequest request) {
		String host = request.getLocalAddr();
		if (host.contains(":")) {
			host = "[" + host + "]";
		}
		String query = request.getQueryString();
		return URI.create(request.getScheme() + "://" + host + ":" + request.getLocalPort() + request.getRequestURI()
				+ ((query != null) ? "?" + query : ""));
	}

}
