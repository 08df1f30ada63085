package dev.serveractions.revalidation;

/**
 * Which entries {@link RevalidationService#revalidatePath(String, PathScope)} reaches.
 *
 * <pre class="code">
 * revalidation.revalidatePath("/blog", PathScope.LAYOUT);   // /blog, /blog/one, /blog/one/comments
 * </pre>
 *
 * @since 0.1
 */
public enum PathScope {

	/** Entries rendered for exactly that path, with any query string. */
	PAGE,

	/** Entries rendered for that path and every path below it; {@code "/"} reaches all. */
	LAYOUT

}
