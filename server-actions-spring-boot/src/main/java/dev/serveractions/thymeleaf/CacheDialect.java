package dev.serveractions.thymeleaf;

import java.util.Set;

import dev.serveractions.revalidation.FragmentCache;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;

/**
 * The {@code sa:cache} fragment cache for Thymeleaf (prefix {@code sa} and namespace
 * {@value ServerActionsDialect#NAMESPACE}, shared with the server-actions dialect). Registered
 * by the auto-configuration whenever Thymeleaf and Caffeine are present.
 *
 * <pre class="code">
 * &lt;ul sa:cache="todo-list" sa:tags="todos"&gt;
 *     &lt;li th:each="todo : ${todos}" th:text="${todo.title}"&gt;...&lt;/li&gt;
 * &lt;/ul&gt;
 * </pre>
 *
 * <p>{@code sa:cache} names the fragment, {@code sa:cache-key} makes distinct entries of it
 * and {@code sa:tags} (comma separated) tags it. Each value is plain text, or a Thymeleaf
 * expression when it starts like one ({@code ${page}}, {@code 'todo-list'}, {@code |row-${id}|}).
 *
 * @since 0.1
 */
public final class CacheDialect extends AbstractProcessorDialect {

	/** The attribute prefix. */
	public static final String PREFIX = "sa";

	/** Runs before every standard attribute, so that a hit skips them all. */
	static final int PRECEDENCE = 10;

	private final FragmentCache cache;

	/**
	 * Create the dialect.
	 * @param cache where the fragments are kept
	 */
	public CacheDialect(FragmentCache cache) {
		super("Server Actions Fragment Cache", PREFIX, PRECEDENCE);
		this.cache = cache;
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new FragmentCacheProcessor(dialectPrefix, this.cache));
	}

}
