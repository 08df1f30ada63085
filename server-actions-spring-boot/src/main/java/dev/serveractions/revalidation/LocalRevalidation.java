package dev.serveractions.revalidation;

import java.util.Collection;

/**
 * Revalidation on this instance only, for modules that carry revalidations between instances
 * (such as {@code server-actions-redis}): what arrives from another instance is applied here
 * without being heard by the {@link RevalidationListener}s again, and an instance that may have
 * missed revalidations forgets everything it cached.
 *
 * <pre class="code">
 * void onMessage(Mode mode, List&lt;String&gt; tags) {
 *     localRevalidation.revalidateLocally(mode, tags);   // not published again
 * }
 *
 * void onReconnected() {
 *     localRevalidation.clearLocally();                  // revalidations may have been missed
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface LocalRevalidation {

	/**
	 * Expires or marks stale the entries carrying any of the tags, as
	 * {@link RevalidationService#revalidateTag(Mode, String...)} does, without telling the
	 * listeners.
	 * @param mode whether to expire or mark stale
	 * @param tags the tags; a path is its {@code page:} or {@code layout:} tag
	 * @return how many entries were dropped or marked
	 */
	int revalidateLocally(Mode mode, Collection<String> tags);

	/**
	 * Expires everything cached on this instance, including what renders under way would store,
	 * without telling the listeners.
	 */
	void clearLocally();

}
