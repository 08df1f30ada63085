package dev.serveractions.revalidation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Caches the whole response of a controller GET method or a route handler's {@code get}
 * (status, headers and body) and answers later requests from the cache without running the
 * method. Responses say {@code X-Cache: HIT}, {@code STALE} or {@code MISS}.
 *
 * <pre class="code">
 * &#64;GetMapping("/stats")
 * &#64;CachedResponse(tags = "todos", revalidate = 10)
 * String stats(Model model) {
 *     model.addAttribute("stats", this.todos.stats());
 *     return "stats";
 * }
 * </pre>
 *
 * <p>Entries are cleared by {@link RevalidationService} (by this request path or by the tags).
 * After {@link #revalidate()} seconds an entry is stale: it is still served while one
 * background request renders its replacement. The cache is shared by every client, so it
 * follows the rules of a shared cache (RFC 9111). Never cached: other methods than GET,
 * statuses other than 2xx, responses that set a cookie, say {@code Cache-Control: private} or
 * {@code no-store}, or vary on {@code *} or {@code Cookie}; requests of an authenticated user
 * unless {@link #authenticated()}; requests carrying {@code Authorization} and renders that used
 * the session unless {@link #shared()} (or {@link #authenticated()}, for a user's own entry).
 *
 * <p>The key is the path (matrix parameters only when the handler declares a
 * {@code @MatrixVariable}), the query parameters the handler declares with
 * {@code @RequestParam} or reads, the request headers it declares with {@code @RequestHeader},
 * the locale the application resolves when the render depends on it (a view, the locale or
 * {@code Accept-Language} read), the headers its response
 * varies on ({@code Vary}) and those listed in {@code server-actions.cache.variant-headers}.
 * Other query parameters and headers do not make new entries. May be put on the class of a
 * route handler, where it applies to {@code get}.
 *
 * @since 0.1
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedResponse {

	/**
	 * Tags for {@link RevalidationService#revalidateTag(String...)}.
	 * @return the tags
	 */
	String[] tags() default {};

	/**
	 * Seconds after which the entry is stale and refreshed in the background; 0 keeps it until
	 * it is revalidated (or evicted).
	 * @return the seconds
	 */
	long revalidate() default 0;

	/**
	 * Whether requests of an authenticated user are cached too, one entry per user name.
	 * @return whether authenticated requests are cached
	 */
	boolean authenticated() default false;

	/**
	 * Whether the answer is the same for every client, as {@code Cache-Control: public} says in
	 * HTTP: requests carrying an {@code Authorization} header are answered from the shared
	 * entries, and a render that used the session is stored. Leave it off when the page shows
	 * anything that depends on who asks.
	 *
	 * <pre class="code">
	 * &#64;GetMapping("/catalog")
	 * &#64;CachedResponse(tags = "catalog", shared = true)   // same page with or without a token
	 * String catalog(Model model) { ... }
	 * </pre>
	 * @return whether the answer is shared whatever the request's credentials and session
	 */
	boolean shared() default false;

}
