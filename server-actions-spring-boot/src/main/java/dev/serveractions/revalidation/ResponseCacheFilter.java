package dev.serveractions.revalidation;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.serveractions.cache.CacheEntry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * Serves {@link CachedResponse} entries without reaching the handler, and stores the responses
 * of annotated handlers. Runs after the security filters, so the user is known. Which handler
 * and policy apply is {@link CachePolicies}' job, what may be kept {@link Cacheability}'s, and
 * the key {@link CacheKeys}'.
 */
final class ResponseCacheFilter extends OncePerRequestFilter implements Ordered {

	/** After Spring Security's filter chain (-100), before filters without an order. */
	static final int ORDER = 0;

	static final String X_CACHE = "X-Cache";

	private static final Set<String> NOT_STORED = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
			"connection", "keep-alive", "x-cache");

	private final RenderCache cache;

	private final CachePolicies policies;

	private final CacheKeys keys;

	private final StaleRefresher refresher;

	private final FormFieldPlaceholders placeholders;

	ResponseCacheFilter(RenderCache cache, CachePolicies policies, CacheKeys keys, StaleRefresher refresher,
			FormFieldPlaceholders placeholders) {
		this.cache = cache;
		this.policies = policies;
		this.keys = keys;
		this.refresher = refresher;
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
		String key = this.keys.response(request);
		boolean refresh = this.refresher.isRefresh(request);
		if (!refresh) {
			RenderCache.Lookup lookup = this.cache.lookup(key);
			CacheEntry entry = lookup.entry();
			if (entry != null) {
				if (lookup.refresh()) {
					this.refresher.refresh(request, key);
				}
				serve(entry, lookup.status(), request, response);
				return;
			}
		}
		try {
			CachedResponse policy = this.policies.policyOf(request);
			if (policy == null || !Cacheability.forRequest(request.getUserPrincipal() != null, policy)) {
				chain.doFilter(request, response);
				return;
			}
			renderAndServe(new RenderTarget(key, UrlPathHelper.defaultInstance.getPathWithinApplication(request),
					Arrays.asList(policy.tags()), policy.revalidate()), request, response, chain);
		}
		finally {
			if (refresh) {
				this.cache.release(key);
			}
		}
	}

	private void renderAndServe(RenderTarget target, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		RenderCache.Rendered rendered;
		try {
			rendered = this.cache.render(target, () -> {
				FormFieldPlaceholders.startCapture(request);
				try {
					chain.doFilter(request, capture);
				}
				finally {
					FormFieldPlaceholders.endCapture(request);
				}
				return outputOf(request, capture);
			});
		}
		catch (ServletException | IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
		CacheEntry shared = rendered.entry();
		if (!rendered.here() && shared != null) {
			serve(shared, RenderCache.Status.MISS, request, response);
			return;
		}
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

	private void serve(CacheEntry entry, RenderCache.Status status, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		byte[] body = entry.placeholders() ? this.placeholders.fill(entry.body(), request) : entry.body();
		response.setStatus(entry.status());
		entry.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setHeader(X_CACHE, status.name());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** The captured response as something to store, or {@code null} if it may not be kept. */
	private static RenderCache.@Nullable Output outputOf(HttpServletRequest request,
			ContentCachingResponseWrapper response) {
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
		return new RenderCache.Output(response.getStatus(), kept, response.getContentAsByteArray());
	}

}
