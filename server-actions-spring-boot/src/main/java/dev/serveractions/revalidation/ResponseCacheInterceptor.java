package dev.serveractions.revalidation;

import java.io.IOException;
import java.util.Arrays;

import dev.serveractions.cache.CacheEntry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * Answers a GET from the response cache once the dispatcher has picked its handler: after every
 * filter of the application (its security among them) and every other interceptor, with the
 * handler's URI template known to metrics as for any request. The key is made with the
 * {@link KeyShape} its handler declares and the cache learned from earlier renders. On a miss it claims the render
 * (concurrent misses of one key wait for it and are answered from its entry) and has
 * {@link ResponseCacheFilter} capture the response to store it.
 */
final class ResponseCacheInterceptor implements HandlerInterceptor {

	private final RenderCache cache;

	private final CacheKeys keys;

	private final KeyShapes shapes;

	private final StaleRefresher refresher;

	private final FormFieldPlaceholders placeholders;

	ResponseCacheInterceptor(RenderCache cache, CacheKeys keys, KeyShapes shapes, StaleRefresher refresher,
			FormFieldPlaceholders placeholders) {
		this.cache = cache;
		this.keys = keys;
		this.shapes = shapes;
		this.refresher = refresher;
		this.placeholders = placeholders;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		CacheExchange exchange = CacheExchange.of(request);
		if (exchange == null || !exchange.decide() || !(handler instanceof HandlerMethod method)) {
			return true;
		}
		CachedResponse policy = CachePolicies.policyOf(method);
		if (policy == null) {
			return true;
		}
		boolean authenticated = request.getUserPrincipal() != null;
		if (!Cacheability.forRequest(authenticated, request.getHeader(HttpHeaders.AUTHORIZATION) != null, policy)) {
			return true;
		}
		KeyShape declared = KeyShape.declaredBy(method);
		String base = this.keys.responseBase(request, declared.matrix());
		KeyShape shape = this.shapes.of(base, declared);
		String key = this.keys.response(base, exchange.request().getRequest() instanceof HttpServletRequest inner
				? inner : request, shape, !policy.shared());
		if (key == null) {
			// this client's session holds what the page looks for: its answer is its own
			return true;
		}
		if (this.refresher.isRefresh(request)) {
			exchange.refreshing(key);
		}
		else {
			RenderCache.Lookup lookup = this.cache.lookup(key);
			CacheEntry entry = lookup.entry();
			if (entry != null) {
				if (lookup.refresh()) {
					this.refresher.refresh(request, key);
				}
				serve(entry, lookup.status(), request, response);
				return false;
			}
		}
		RenderCache.Claim claim = this.cache.claim(new RenderTarget(key,
				UrlPathHelper.defaultInstance.getPathWithinApplication(request), Arrays.asList(policy.tags()),
				policy.revalidate()));
		CacheEntry shared = claim.shared();
		if (shared != null) {
			serve(shared, RenderCache.Status.MISS, request, response);
			return false;
		}
		exchange.capture(claim,
				new CacheExchange.KeyPlan(base, shape, Cacheability.forSessionUse(authenticated, policy), !policy.shared()));
		FormFieldPlaceholders.startCapture(request);
		return true;
	}

	/**
	 * A view is rendered in the locale the application's {@code LocaleResolver} resolves
	 * (Spring MVC sets it on the response too), whatever that resolver reads: a cookie, a
	 * parameter, {@code Accept-Language}. The captured answer depends on that locale.
	 */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView modelAndView) {
		CacheExchange exchange = CacheExchange.of(request);
		if (modelAndView != null && exchange != null && exchange.plan() != null) {
			exchange.request().localeUsed();
		}
	}

	private void serve(CacheEntry entry, RenderCache.Status status, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		byte[] body = entry.placeholders() ? this.placeholders.fill(entry.body(), request) : entry.body();
		response.setStatus(entry.status());
		entry.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setHeader(ResponseCacheFilter.X_CACHE, status.name());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
