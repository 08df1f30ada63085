package dev.serveractions.revalidation;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Stores the responses of {@link CachedResponse} handlers. For a GET on a path such a handler
 * may answer, it lets {@link ResponseCacheInterceptor} decide, once the dispatcher has picked
 * the handler, whether to answer from the cache or to render; a render is captured here and
 * stored when the chain returns, under a key made with what it read (see {@link RecordingRequest})
 * and not at all when it used the session without the handler's leave. What may be kept is {@link Cacheability}'s job, which paths
 * may apply {@link CachePolicies}', the key {@link CacheKeys}'.
 */
final class ResponseCacheFilter extends OncePerRequestFilter implements Ordered {

	/** After Spring Security's filter chain (-100); answers come later, from the dispatcher. */
	static final int ORDER = 0;

	static final String X_CACHE = "X-Cache";

	private static final Set<String> NOT_STORED = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
			"connection", "keep-alive", "x-cache");

	private final RenderCache cache;

	private final CacheKeys keys;

	private final KeyShapes shapes;

	private final CachePolicies policies;

	private final FormFieldPlaceholders placeholders;

	ResponseCacheFilter(RenderCache cache, CacheKeys keys, KeyShapes shapes, CachePolicies policies,
			FormFieldPlaceholders placeholders) {
		this.cache = cache;
		this.keys = keys;
		this.shapes = shapes;
		this.policies = policies;
		this.placeholders = placeholders;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.policies.mayApply(request)) {
			// no @CachedResponse handler answers this path: cost one pattern check, nothing more
			chain.doFilter(request, response);
			return;
		}
		CacheExchange exchange = CacheExchange.start(request, response);
		boolean completed = false;
		try {
			chain.doFilter(exchange.request(), exchange.response());
			completed = true;
		}
		finally {
			end(exchange, request, response, completed);
		}
	}

	private void end(CacheExchange exchange, HttpServletRequest request, HttpServletResponse response,
			boolean completed) throws IOException {
		try {
			RenderCache.Claim claim = exchange.claim();
			ContentCachingResponseWrapper capture = exchange.captured();
			if (claim == null || capture == null) {
				return;
			}
			FormFieldPlaceholders.endCapture(request);
			// a render that failed completes its claim too, with nothing stored
			RenderCache.Output output = completed ? outputOf(request, capture, exchange.contentLocale()) : null;
			String key = claim.target().key();
			CacheExchange.KeyPlan plan = exchange.plan();
			RecordingRequest reads = exchange.request();
			if (output != null && plan != null) {
				if (reads.sessionUsed() && !plan.sessionAllowed()) {
					output = null;
				}
				else {
					String stored = keyOf(plan, request, reads, capture);
					if (stored != null) {
						key = stored;
					}
					else {
						output = null;
					}
				}
			}
			this.cache.finish(claim, output, key);
			if (completed) {
				byte[] body = capture.getContentAsByteArray();
				if (FormFieldPlaceholders.holdsPlaceholders(body)) {
					byte[] filled = this.placeholders.fill(body, request);
					capture.resetBuffer();
					capture.getOutputStream().write(filled);
				}
				if (!response.isCommitted()) {
					response.setHeader(X_CACHE, RenderCache.Status.MISS.name());
				}
				capture.copyBodyToResponse();
			}
		}
		finally {
			String refreshed = exchange.refreshedKey();
			if (refreshed != null) {
				this.cache.release(refreshed);
			}
		}
	}

	/**
	 * The key to store a render under: made with what the render read and its response varies
	 * on, besides the shape it was looked up with. A new shape is learned for the next requests.
	 */
	private @Nullable String keyOf(CacheExchange.KeyPlan plan, HttpServletRequest request, RecordingRequest reads,
			ContentCachingResponseWrapper capture) {
		Set<String> headers = new TreeSet<>();
		Set<String> varied = Cacheability.variedHeaders(headersOf(capture));
		if (varied != null) {
			headers.addAll(varied);
		}
		KeyShape shape = plan.shape()
			.with(reads.parameters(), reads.allParameters(), headers)
			.withLocale(reads.locale())
			.withAbsent(reads.absentSessionAttributes());
		if (!shape.equals(plan.shape())) {
			this.shapes.learn(plan.base(), shape);
		}
		return this.keys.response(plan.base(), request, shape, plan.bySession());
	}

	private static HttpHeaders headersOf(ContentCachingResponseWrapper response) {
		HttpHeaders headers = new HttpHeaders();
		for (String name : response.getHeaderNames()) {
			headers.addAll(name, List.copyOf(response.getHeaders(name)));
		}
		return headers;
	}

	/** The captured response as something to store, or {@code null} if it may not be kept. */
	private static RenderCache.@Nullable Output outputOf(HttpServletRequest request,
			ContentCachingResponseWrapper response, @Nullable Locale contentLocale) {
		HttpHeaders all = new HttpHeaders();
		Map<String, List<String>> kept = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			List<String> values = List.copyOf(response.getHeaders(name));
			all.addAll(name, values);
			if (!NOT_STORED.contains(name.toLowerCase(Locale.ROOT))) {
				kept.put(name, values);
			}
		}
		boolean complete = !request.isAsyncStarted() && !response.isCommitted();
		if (!Cacheability.forResponse(response.getStatus(), all, complete)) {
			return null;
		}
		String contentType = response.getContentType();
		if (contentType != null) {
			kept.put(HttpHeaders.CONTENT_TYPE, List.of(contentType));
		}
		if (contentLocale != null && !all.containsHeader(HttpHeaders.CONTENT_LANGUAGE)) {
			// what the container sends for the locale a view was rendered in; a hit says it too
			kept.put(HttpHeaders.CONTENT_LANGUAGE, List.of(contentLocale.toLanguageTag()));
		}
		return new RenderCache.Output(response.getStatus(), kept, response.getContentAsByteArray());
	}

}
