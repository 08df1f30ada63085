package dev.serveractions.thymeleaf;

import java.util.function.Supplier;

import org.thymeleaf.context.LazyContextVariable;

/**
 * Lazy model attributes for pages with cached fragments: the value is fetched only if a
 * template expression reads it, so a page whose {@code sa:cache} fragments are all hits runs
 * no query.
 *
 * <pre class="code">
 * &#64;GetMapping("/todos")
 * String todos(Model model) {
 *     model.addAttribute("todos", FragmentCacheModel.lazy(this.todos::findAll));
 *     return "todos";
 * }
 * </pre>
 *
 * @since 0.1
 */
public final class FragmentCacheModel {

	private FragmentCacheModel() {
	}

	/**
	 * A model value computed at most once, on first use in a template.
	 * @param <T> the value type
	 * @param supplier computes the value
	 * @return a value to put in the model
	 */
	public static <T> LazyContextVariable<T> lazy(Supplier<T> supplier) {
		return new LazyContextVariable<>() {
			@Override
			protected T loadValue() {
				return supplier.get();
			}
		};
	}

}
