package dev.serveractions.live;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /_sa/live?s=token&s=token}: the event stream of one tab, for the signed
 * subscriptions of its live regions. A token this application did not sign (forged, tampered
 * with, or signed under a secret that was rotated out) is a 400 problem; a full instance answers
 * 503 with {@code Retry-After}. Nothing here holds a thread while the stream is open: the stream
 * is servlet async I/O ({@link LiveStream}).
 */
@Controller
final class LiveEndpoint {

	/** Path of the event stream, under the context path. */
	static final String PATH = "/_sa/live";

	/** Most live regions (tokens) one tab may subscribe with. */
	static final int MAX_TOKENS = 16;

	private final LiveSubscriptions subscriptions;

	private final LiveConnections connections;

	LiveEndpoint(LiveSubscriptions subscriptions, LiveConnections connections) {
		this.subscriptions = subscriptions;
		this.connections = connections;
	}

	@GetMapping(path = PATH)
	void stream(@RequestParam(name = "s", required = false) List<String> tokens, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (tokens == null || tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
			throw refused(HttpStatus.BAD_REQUEST, "The event stream needs 1 to " + MAX_TOKENS
					+ " subscriptions (parameter s), as the page's live regions carry them.");
		}
		Set<String> tags = new HashSet<>();
		long since = Long.MAX_VALUE;
		for (String token : tokens) {
			Subscription subscription = this.subscriptions.verify(token);
			if (subscription == null) {
				throw refused(HttpStatus.BAD_REQUEST, "A subscription was not signed by this application, or under a "
						+ "secret it no longer accepts. Reload the page to get a new one.");
			}
			tags.addAll(subscription.tags());
			since = Math.min(since, subscription.since());
		}
		if (!this.connections.open(new Subscription(Set.copyOf(tags), since), request, response)) {
			throw refused(HttpStatus.SERVICE_UNAVAILABLE,
					"This instance holds as many live connections as it may (server-actions.live.max-connections).");
		}
	}

	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ProblemDetail> problem(ErrorResponseException ex) {
		return ResponseEntity.status(ex.getStatusCode())
			.headers(ex.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ex.getBody());
	}

	private static ErrorResponseException refused(HttpStatus status, String detail) {
		ErrorResponseException ex = new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail),
				null);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			ex.getHeaders().set("Retry-After", "10");
		}
		return ex;
	}

}
