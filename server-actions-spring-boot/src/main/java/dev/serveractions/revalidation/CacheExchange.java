package dev.serveractions.revalidation;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One GET on a path a {@link CachedResponse} handler may answer, from the moment
 * {@link ResponseCacheFilter} sees it to the moment it stores what was rendered. In between,
 * {@link ResponseCacheInterceptor} decides, once the handler is known, whether to answer from
 * the cache or to render and have the response captured.
 */
final class CacheExchange {

	private static final String ATTRIBUTE = CacheExchange.class.getName();

	private final HttpServletResponse original;

	/** What the rest of the chain writes to: the response itself until a capture starts. */
	private final HttpServletResponseWrapper response;

	private boolean decided;

	private @Nullable String refreshedKey;

	private RenderCache.@Nullable Claim claim;

	private @Nullable ContentCachingResponseWrapper capture;

	/** What the rest of the chain reads from, noting what the answer may depend on. */
	private final RecordingRequest request;

	private @Nullable KeyPlan plan;

	/** The locale the response was given (Spring MVC gives a view's): its Content-Language. */
	private volatile @Nullable Locale contentLocale;

	private CacheExchange(HttpServletRequest request, HttpServletResponse original) {
		this.original = original;
		this.response = new HttpServletResponseWrapper(original) {
			@Override
			public void setLocale(Locale locale) {
				CacheExchange.this.contentLocale = locale;
				super.setLocale(locale);
			}
		};
		this.request = new RecordingRequest(request);
	}

	static CacheExchange start(HttpServletRequest request, HttpServletResponse response) {
		CacheExchange exchange = new CacheExchange(request, response);
		request.setAttribute(ATTRIBUTE, exchange);
		return exchange;
	}

	RecordingRequest request() {
		return this.request;
	}

	static @Nullable CacheExchange of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof CacheExchange exchange) ? exchange : null;
	}

	HttpServletResponse response() {
		return this.response;
	}

	/** Whether this is the first call: the first handler the dispatcher picks decides. */
	boolean decide() {
		boolean first = !this.decided;
		this.decided = true;
		return first;
	}

	/** This request refreshes the stale entry of {@code key}: released at the end. */
	void refreshing(String key) {
		this.refreshedKey = key;
	}

	@Nullable String refreshedKey() {
		return this.refreshedKey;
	}

	/** From now on what the handler writes is captured, to be stored under the claim. */
	void capture(RenderCache.Claim claim, KeyPlan plan) {
		this.plan = plan;
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(this.original);
		this.response.setResponse(capture);
		this.capture = capture;
		this.claim = claim;
	}

	/**
	 * The locale the response was given, which the container sends as {@code Content-Language}
	 * (not among the headers a wrapper sees), or {@code null}.
	 */
	@Nullable Locale contentLocale() {
		return this.contentLocale;
	}

	@Nullable KeyPlan plan() {
		return this.plan;
	}

	RenderCache.@Nullable Claim claim() {
		return this.claim;
	}

	@Nullable ContentCachingResponseWrapper captured() {
		return this.capture;
	}

	/**
	 * How the key of a captured render was made, for the filter to store it under the right
	 * key once it knows what the render read.
	 *
	 * @param base the key's base
	 * @param shape the shape the key was made with
	 * @param sessionAllowed whether a render that used the session may be stored
	 * @param bySession whether requests with a session have entries of their own
	 */
	record KeyPlan(String base, KeyShape shape, boolean sessionAllowed, boolean bySession) {

	}

}
