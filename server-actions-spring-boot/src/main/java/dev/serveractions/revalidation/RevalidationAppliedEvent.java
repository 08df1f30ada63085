package dev.serveractions.revalidation;

import java.util.List;

import org.springframework.context.ApplicationEvent;

/**
 * Published after every revalidation applied on this instance: those made here through
 * {@link RevalidationService} (and {@link Revalidates @Revalidates}) and those that arrive from
 * other instances through {@link LocalRevalidation} (the {@code server-actions-redis} module), so
 * that what clears this instance's caches is what its listeners hear. Live pages use it to tell
 * open browsers; an application may listen too.
 *
 * <pre class="code">
 * &#64;EventListener
 * void revalidated(RevalidationAppliedEvent event) {
 *     logger.info("Applied " + (event.everything() ? "everything" : event.tags()));
 * }
 * </pre>
 *
 * <p>Published on the revalidating thread, after the caches were cleared: a listener must be
 * quick and hand slow work to another thread.
 *
 * @since 0.1
 */
public final class RevalidationAppliedEvent extends ApplicationEvent {

	private final Mode mode;

	private final List<String> tags;

	private final boolean everything;

	RevalidationAppliedEvent(Object source, Mode mode, List<String> tags, boolean everything) {
		super(source);
		this.mode = mode;
		this.tags = List.copyOf(tags);
		this.everything = everything;
	}

	/**
	 * Whether the tags were expired or marked stale.
	 * @return the mode
	 */
	public Mode mode() {
		return this.mode;
	}

	/**
	 * The tags; a path is its {@code page:} or {@code layout:} tag. Empty when
	 * {@link #everything()}.
	 * @return the tags
	 */
	public List<String> tags() {
		return this.tags;
	}

	/**
	 * Whether everything cached on this instance was expired (an instance that may have missed
	 * revalidations, see {@link LocalRevalidation#clearLocally()}).
	 * @return whether every tag counts as revalidated
	 */
	public boolean everything() {
		return this.everything;
	}

}
