package dev.serveractions.revalidation;

import java.util.List;

/**
 * Clears cached responses ({@link CachedResponse}) and cached Thymeleaf fragments
 * ({@code sa:cache}) after data changed. Once a call returns, no request on this instance is
 * served an entry it reached; the cost of a call grows with the entries it reaches, not with
 * the size of the cache.
 *
 * <pre class="code">
 * &#64;PostMapping("/todos")
 * String add(&#64;Valid NewTodo todo) {
 *     this.todos.add(todo);
 *     this.revalidation.revalidatePath("/todos");   // or revalidateTag("todos")
 *     return "redirect:/todos";
 * }
 * </pre>
 *
 * <p>Use {@link #revalidatePath(String)} when you know which page shows the data, and
 * {@link #revalidateTag(String...)} when the data appears on many pages (tag the entries with
 * {@code @CachedResponse(tags = ...)} or {@code sa:tags}).
 *
 * @since 0.1
 */
public interface RevalidationService {

	/**
	 * Expires the entries rendered for {@code path} (with any query string).
	 * @param path a request path such as {@code "/todos"}; a query string is ignored
	 * @return how many entries were dropped
	 */
	default int revalidatePath(String path) {
		return revalidatePath(path, PathScope.PAGE);
	}

	/**
	 * Expires the entries rendered for {@code path}, or with {@link PathScope#LAYOUT} for
	 * {@code path} and every path below it.
	 * @param path a request path such as {@code "/blog"}
	 * @param scope {@link PathScope#PAGE} or {@link PathScope#LAYOUT}
	 * @return how many entries were dropped
	 */
	int revalidatePath(String path, PathScope scope);

	/**
	 * Expires every entry carrying any of the tags at once ({@link Mode#EXPIRE}).
	 * @param tags the tags
	 * @return how many entries were dropped
	 */
	default int revalidateTag(String... tags) {
		return revalidateTag(Mode.EXPIRE, tags);
	}

	/**
	 * Expires ({@link Mode#EXPIRE}) or marks stale ({@link Mode#STALE}) every entry carrying
	 * any of the tags.
	 * @param mode what to do with the entries
	 * @param tags the tags
	 * @return how many entries were dropped or marked
	 */
	int revalidateTag(Mode mode, String... tags);

	/**
	 * The tags that anything rendered for {@code path} carries besides its own, so that
	 * {@link #revalidatePath(String, PathScope)} reaches it: {@code /blog/post} carries
	 * {@code page:/blog/post}, {@code layout:/}, {@code layout:/blog} and {@code layout:/blog/post}.
	 * @param path a request path; a query string is ignored
	 * @return its tags
	 */
	static List<String> tagsOfPath(String path) {
		return PathTags.of(path);
	}

}
