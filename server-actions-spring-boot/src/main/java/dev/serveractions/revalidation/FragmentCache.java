package dev.serveractions.revalidation;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.serveractions.cache.CacheEntry;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UrlPathHelper;

/**
 * Caches rendered pieces of a page, revalidated by path and tag like {@link CachedResponse}
 * entries. The Thymeleaf {@code sa:cache} attribute uses it; a template engine integration can
 * use it the same way. Concurrent misses of one fragment render once; a form inside carries the
 * current request's hidden fields (CSRF token), never those of the request it was rendered for.
 *
 * <pre class="code">
 * String html = fragmentCache.html(request, "todo-list", null, List.of("todos"), locale,
 *         () -&gt; engine.render("todo-list", model));
 * </pre>
 *
 * @since 0.1
 */
public final class FragmentCache {

	private final RenderCache cache;

	private final CacheKeys keys;

	private final FormFieldPlaceholders placeholders;

	FragmentCache(RenderCache cache, CacheKeys keys, FormFieldPlaceholders placeholders) {
		this.cache = cache;
		this.keys = keys;
		this.placeholders = placeholders;
	}

	/**
	 * The HTML of a fragment: cached, or rendered now (and cached) on a miss.
	 * @param request the current request; the entry belongs to its path
	 * @param name the fragment's name, unique on a page
	 * @param key a value that makes distinct entries of one fragment (a page number), or
	 * {@code null}
	 * @param tags tags for {@link RevalidationService#revalidateTag(String...)}
	 * @param locale the locale it is rendered in
	 * @param renderer renders the fragment's HTML
	 * @return the HTML to write, with the current request's form fields
	 */
	public String html(HttpServletRequest request, String name, @Nullable String key, Collection<String> tags,
			Locale locale, Supplier<String> renderer) {
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		String cacheKey = this.keys.fragment(request, name, path, locale, key);
		return this.placeholders.fill(cachedOrRendered(request, new RenderTarget(cacheKey, path, tags, 0),
				renderer), request);
	}

	private String cachedOrRendered(HttpServletRequest request, RenderTarget target, Supplier<String> renderer) {
		RenderCache.Lookup lookup = this.cache.lookup(target.key());
		CacheEntry entry = lookup.entry();
		if (entry != null && !lookup.refresh()) {
			return text(entry);
		}
		// a miss, or the one refresh of a stale entry (rendered here; others keep the stale one)
		try {
			return text(this.cache.render(target, () -> {
				FormFieldPlaceholders.startCapture(request);
				try {
					return new RenderCache.Output(200, Map.of(), renderer.get().getBytes(StandardCharsets.UTF_8));
				}
				finally {
					FormFieldPlaceholders.endCapture(request);
				}
			}).entry());
		}
		catch (RuntimeException ex) {
			this.cache.release(target.key());
			throw ex;
		}
		catch (Exception ex) {
			this.cache.release(target.key());
			throw new IllegalStateException(ex);
		}
	}

	private static String text(@Nullable CacheEntry entry) {
		return (entry != null) ? new String(entry.body(), StandardCharsets.UTF_8) : "";
	}

}
