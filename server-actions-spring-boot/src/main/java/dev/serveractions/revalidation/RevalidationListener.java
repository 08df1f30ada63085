package dev.serveractions.revalidation;

import java.util.List;

/**
 * Hears every revalidation made on this instance through {@link RevalidationService} (and so
 * through {@link Revalidates @Revalidates}), after it was applied here. Declare beans of this type
 * to pass revalidations on, for example to other instances; paths arrive as their tags
 * ({@code page:/todos}, {@code layout:/blog}). Revalidations applied through
 * {@link LocalRevalidation} are not heard, so what a listener receives from elsewhere and applies
 * is not passed on again.
 *
 * <pre class="code">
 * &#64;Bean
 * RevalidationListener auditRevalidations() {
 *     return (mode, tags) -&gt; logger.info("Revalidated " + tags + " (" + mode + ")");
 * }
 * </pre>
 *
 * <p>Listeners run on the caller's thread, after the local caches were cleared; a listener that
 * talks to another system must bound the time it takes. An exception it throws is logged and
 * does not undo the revalidation.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RevalidationListener {

	/**
	 * Called after a revalidation was applied on this instance.
	 * @param mode whether the tags were expired or marked stale
	 * @param tags the tags, never empty; a path is its {@code page:} or {@code layout:} tag
	 */
	void revalidated(Mode mode, List<String> tags);

}
