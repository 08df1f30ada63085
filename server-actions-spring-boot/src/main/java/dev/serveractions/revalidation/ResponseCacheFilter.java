package dev.serveractions.revalidation;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Serves {@link CachedResponse} entries without reaching the handler, and stores the responses
 * of annotated handlers. Runs after the security filters, so the user is known.
 */
final class ResponseCacheFilter extends OncePerRequestFilter implements Ordered {

	/** After Spring Security's filter chain (-100), before filters without an order. */
	static final int ORDER = 0;

	static final String X_CACHE = "X-Cache";

	private static final String MAPPING_BEAN_NAME = "requestMappingHandlerMapping";

	private static final Set<String> NOT_STORED = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
			"connection", "keep-alive", "x-cache");

	private final RenderCache cache;

	private final StaleRefresher refresher;

	private final FormFieldPlaceholders placeholders;

	private final List<String> variantHeaders;

	private final List<CacheVariant> variants;

	private final BeanFactory beanFactory;

	private volatile @Nullable HandlerMapping mapping;

	private volatile @Nullable CachedPaths cachedPaths;

	ResponseCacheFilter(RenderCache cache, StaleRefresher refresher, FormFieldPlaceholders placeholders,
			ResponseCacheSettings settings, List<CacheVariant> variants, BeanFactory beanFactory) {
		this.cache = cache;
		this.refresher = refresher;
		this.placeholders = placeholders;
		List<String> headers = new ArrayList<>();
		headers.add(HttpHeaders.ACCEPT_LANGUAGE);
		settings.variantHeaders()
			.stream()
			.filter((header) -> !header.equalsIgnoreCase(HttpHeaders.ACCEPT_LANGUAGE))
			.forEach(headers::add);
		this.variantHeaders = List.copyOf(headers);
		this.variants = List.copyOf(variants);
		this.beanFactory = beanFactory;
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
		if (!cachedPaths().mayMatch(request)) {
			// no @CachedResponse handler answers this path: cost one pattern check, nothing more
			chain.doFilter(request, response);
			return;
		}
		String key = keyOf(request);
		boolean refresh = this.refresher.isRefresh(request);
		if (!refresh) {
			RenderCache.Lookup lookup = this.cache.lookup(key);
			CacheEntry entry = lookup.entry();
			if (entry != null) {
				if (lookup.refresh()) {
					this.refresher.refresh(request, key);
				}
				serve(entry, lookup.status().name(), request, response);
				return;
			}
		}
		try {
			CachedResponse policy = policyOf(request);
			if (policy == null || (request.getUserPrincipal() != null && !policy.authenticated())) {
				chain.doFilter(request, response);
				return;
			}
			renderAndServe(key, policy, request, response, chain);
		}
		finally {
			if (refresh) {
				this.cache.release(key);
			}
		}
	}

	private void renderAndServe(String key, CachedResponse policy, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		RenderCache.Rendered rendered;
		try {
			rendered = this.cache.render(key, () -> {
				FormFieldPlaceholders.startCapture(request);
				try {
					chain.doFilter(request, capture);
				}
				finally {
					FormFieldPlaceholders.endCapture(request);
				}
				return cacheable(request, capture) ? entryOf(key, policy, request, capture) : null;
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
			serve(shared, RenderCache.Status.MISS.name(), request, response);
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

	private void serve(CacheEntry entry, String status, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		byte[] body = entry.placeholders() ? this.placeholders.fill(entry.body(), request) : entry.body();
		response.setStatus(entry.status());
		entry.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setHeader(X_CACHE, status);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static boolean cacheable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		int status = response.getStatus();
		if (status < 200 || status >= 300 || status == 206 || request.isAsyncStarted() || response.isCommitted()) {
			return false;
		}
		if (!response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			return false;
		}
		for (String cacheControl : response.getHeaders(HttpHeaders.CACHE_CONTROL)) {
			String value = cacheControl.toLowerCase(Locale.ROOT);
			if (value.contains("no-store") || value.contains("private")) {
				return false;
			}
		}
		return !response.getHeaders(HttpHeaders.VARY).contains("*");
	}

	private static CacheEntry entryOf(String key, CachedResponse policy, HttpServletRequest request,
			ContentCachingResponseWrapper response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_STORED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		String contentType = response.getContentType();
		if (contentType != null) {
			headers.put(HttpHeaders.CONTENT_TYPE, List.of(contentType));
		}
		byte[] body = response.getContentAsByteArray();
		return CacheEntry.forPath(key, UrlPathHelper.defaultInstance.getPathWithinApplication(request),
				Arrays.asList(policy.tags()), policy.revalidate(), response.getStatus(), headers, body,
				FormFieldPlaceholders.holdsPlaceholders(body));
	}

	private String keyOf(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(128).append("response ").append(request.getRequestURI());
		String query = request.getQueryString();
		if (query != null) {
			key.append('?').append(query);
		}
		for (String header : this.variantHeaders) {
			String value = request.getHeader(header);
			if (value != null) {
				key.append('\n').append(header).append(": ").append(value);
			}
		}
		Principal user = request.getUserPrincipal();
		if (user != null) {
			key.append("\nuser: ").append(user.getName());
		}
		for (CacheVariant variant : this.variants) {
			String value = variant.variant(request);
			if (value != null) {
				key.append("\nvariant: ").append(value);
			}
		}
		return key.toString();
	}

	private @Nullable CachedResponse policyOf(HttpServletRequest request) {
		try {
			HandlerExecutionChain chain = mapping().getHandler(new LookupRequest(request));
			if (chain != null && chain.getHandler() instanceof HandlerMethod method) {
				return policyOf(method);
			}
		}
		catch (Exception ex) {
			// no handler: nothing to cache, the dispatcher answers as usual
		}
		return null;
	}

	private static @Nullable CachedResponse policyOf(HandlerMethod method) {
		CachedResponse policy = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), CachedResponse.class);
		return (policy != null) ? policy
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), CachedResponse.class);
	}

	/**
	 * The path patterns of the handlers with {@link CachedResponse}, collected from Spring MVC's
	 * mappings at the first request (route handlers and controllers are all registered by then).
	 */
	private CachedPaths cachedPaths() {
		CachedPaths paths = this.cachedPaths;
		if (paths == null) {
			paths = CachedPaths.of(mapping());
			this.cachedPaths = paths;
		}
		return paths;
	}

	private HandlerMapping mapping() {
		HandlerMapping mapping = this.mapping;
		if (mapping == null) {
			mapping = this.beanFactory.getBean(MAPPING_BEAN_NAME, HandlerMapping.class);
			this.mapping = mapping;
		}
		return mapping;
	}

	/**
	 * Which request paths may reach a cached handler: none, the listed patterns, or any (when a
	 * mapping is not pattern based and cannot be told in advance).
	 */
	private record CachedPaths(boolean any, List<PathPattern> patterns) {

		static CachedPaths of(HandlerMapping mapping) {
			if (!(mapping instanceof RequestMappingInfoHandlerMapping infos)) {
				return new CachedPaths(true, List.of());
			}
			List<PathPattern> patterns = new ArrayList<>();
			for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : infos.getHandlerMethods().entrySet()) {
				if (policyOf(handler.getValue()) != null) {
					PathPatternsRequestCondition condition = handler.getKey().getPathPatternsCondition();
					if (condition == null) {
						return new CachedPaths(true, List.of());
					}
					patterns.addAll(condition.getPatterns());
				}
			}
			return new CachedPaths(false, List.copyOf(patterns));
		}

		boolean mayMatch(HttpServletRequest request) {
			if (this.any) {
				return true;
			}
			if (this.patterns.isEmpty()) {
				return false;
			}
			PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
				.pathWithinApplication();
			for (PathPattern pattern : this.patterns) {
				if (pattern.matches(path)) {
					return true;
				}
			}
			return false;
		}

	}

	/** Lets the handler lookup set its request attributes without the dispatcher seeing them. */
	private static final class LookupRequest extends HttpServletRequestWrapper {

		private final Map<String, @Nullable Object> attributes = new HashMap<>();

		LookupRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			return this.attributes.containsKey(name) ? this.attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.put(name, null);
		}

	}

}
