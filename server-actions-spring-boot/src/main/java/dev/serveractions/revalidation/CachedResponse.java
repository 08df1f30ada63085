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
 * background request renders its replacement. Never cached: other methods than GET, statuses
 * other than 2xx, responses that set a cookie or say {@code Cache-Control: private} or
 * {@code no-store}, and requests of an authenticated user unless {@link #authenticated()}.
 * The query string, {@code Accept-Language} and the headers listed in
 * {@code server-actions.cache.variant-headers} make distinct entries. May be put on the class
 * of a route handler, where it applies to {@code get}.
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

}
