package dev.serveractions.revalidation;

/**
 * How {@link RevalidationService#revalidateTag(Mode, String...)} treats the entries it reaches.
 *
 * <pre class="code">
 * &#64;Revalidates(tags = "todos", mode = Mode.STALE)
 * void rename(long id, String title) { ... }
 *
 * revalidation.revalidateTag(Mode.STALE, "todos");   // old list served until the new one is ready
 * </pre>
 *
 * @since 0.1
 */
public enum Mode {

	/**
	 * Drop the entries at once: the next request renders fresh content and waits for it
	 * (read-your-own-writes; Next.js {@code updateTag} or {@code revalidateTag} without profile).
	 */
	EXPIRE,

	/**
	 * Mark the entries stale: requests keep getting the old content while exactly one
	 * refresh renders the new one (Next.js {@code revalidateTag(tag, "max")}).
	 */
	STALE

}
