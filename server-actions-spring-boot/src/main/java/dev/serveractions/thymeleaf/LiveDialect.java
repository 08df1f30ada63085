package dev.serveractions.thymeleaf;

import java.util.Set;

import dev.serveractions.live.LiveSubscriptions;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;

/**
 * {@code sa:live} for Thymeleaf (prefix {@code sa}, shared with the other dialects of the
 * library): the element, {@code <body>} or a region around {@code sa:cache} fragments, is
 * refreshed in open browsers when a revalidation reaches the tags and paths it was rendered
 * from. Registered by the auto-configuration with live pages; the page needs
 * {@code <script sa:runtime>}.
 *
 * <pre class="code">
 * &lt;section id="todos" sa:live&gt;
 *     &lt;ul sa:cache="todo-list" sa:tags="todos"&gt;...&lt;/ul&gt;
 * &lt;/section&gt;
 * &lt;div sa:cache="stats" sa:tags="todos" sa:live&gt;...&lt;/div&gt;   &lt;!-- or on the cached element --&gt;
 * </pre>
 *
 * @since 0.1
 */
public final class LiveDialect extends AbstractProcessorDialect {

	private final LiveSubscriptions subscriptions;

	/**
	 * Create the dialect.
	 * @param subscriptions signs the regions' subscriptions
	 */
	public LiveDialect(LiveSubscriptions subscriptions) {
		// before sa:cache, so that sa:live on a cached element subscribes to the element's own tags
		super("Server Actions Live Pages", ServerActionsDialect.PREFIX, CacheDialect.PRECEDENCE - 1);
		this.subscriptions = subscriptions;
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new LiveAttributeProcessor(dialectPrefix, this.subscriptions),
				new LiveSubscriptionProcessor(dialectPrefix, this.subscriptions));
	}

}
