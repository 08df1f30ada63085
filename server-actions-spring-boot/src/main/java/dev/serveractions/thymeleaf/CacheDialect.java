package dev.serveractions.thymeleaf;

import java.util.List;
import java.util.Set;

import dev.serveractions.revalidation.CacheVariant;
import dev.serveractions.revalidation.FormFieldPlaceholders;
import dev.serveractions.revalidation.RenderCache;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;

/**
 * The {@code sa:cache} fragment cache for Thymeleaf (prefix {@code sa} and namespace
 * {@value ServerActionsDialect#NAMESPACE}, shared with the server-actions dialect). Registered
 * by the auto-configuration.
 *
 * <pre class="code">
 * &lt;ul sa:cache="todo-list" sa:tags="todos"&gt;
 *     &lt;li th:each="todo : ${todos}" th:text="${todo.title}"&gt;...&lt;/li&gt;
 * &lt;/ul&gt;
 * </pre>
 *
 * @see FragmentCacheProcessor
 */
public final class CacheDialect extends AbstractProcessorDialect {

	/** The attribute prefix. */
	public static final String PREFIX = "sa";

	/** Runs before every standard attribute, so that a hit skips them all. */
	static final int PRECEDENCE = 10;

	private final RenderCache cache;

	private final FormFieldPlaceholders placeholders;

	private final List<CacheVariant> variants;

	CacheDialect(RenderCache cache, FormFieldPlaceholders placeholders, List<CacheVariant> variants) {
		super("Server Actions Fragment Cache", PREFIX, PRECEDENCE);
		this.cache = cache;
		this.placeholders = placeholders;
		this.variants = List.copyOf(variants);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new FragmentCacheProcessor(dialectPrefix, this.cache, this.placeholders, this.variants));
	}

}
