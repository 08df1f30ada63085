package dev.serveractions.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.serveractions.action.SignedValues;
import dev.serveractions.revalidation.CachedResponse;
import dev.serveractions.revalidation.RevalidationService;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * Signed subscriptions of live regions. The Thymeleaf attribute {@code sa:live} uses it; another
 * template engine can do the same: take {@link #now()} before rendering the region, render it,
 * then write {@link #subscribe} into it, with the tags of the cached fragments it holds.
 *
 * <pre class="code">
 * long since = liveSubscriptions.now();
 * String body = render(region);
 * String token = liveSubscriptions.subscribe(request, List.of("todos"), since);
 * // &lt;section data-sa-live&gt; body &lt;template data-sa-subscription="token" data-sa-since="since"&gt;
 * </pre>
 *
 * <p>A subscription names the request path's tags ({@code page:/todos}, its {@code layout:}
 * tags), the tags of the handler's {@link CachedResponse @CachedResponse} and the given tags,
 * signed with the keys of server actions, so a browser can listen only to what it was shown.
 *
 * @since 0.1
 */
public final class LiveSubscriptions {

	/** Most tags one subscription may carry: it travels in the URL of the event stream. */
	public static final int MAX_TAGS = 64;

	static final String PURPOSE = "live";

	private final SignedValues signatures;

	private final LiveClock clock;

	LiveSubscriptions(SignedValues signatures, LiveClock clock) {
		this.signatures = signatures;
		this.clock = clock;
	}

	/**
	 * The time to pass to {@link #subscribe} for a region that begins to render now.
	 * @return microseconds, strictly increasing
	 */
	public long now() {
		return this.clock.now();
	}

	/**
	 * The signed subscription of a region rendered for the request.
	 * @param request the request the page is rendered for
	 * @param tags the tags of the cached fragments inside the region
	 * @param since {@link #now()} taken before the region began to render
	 * @return the token for the event stream
	 * @throws IllegalStateException if the region would listen to more than {@link #MAX_TAGS}
	 * tags
	 */
	public String subscribe(HttpServletRequest request, Collection<String> tags, long since) {
		Set<String> all = new LinkedHashSet<>(
				RevalidationService.tagsOfPath(UrlPathHelper.defaultInstance.getPathWithinApplication(request)));
		all.addAll(cachedResponseTags(request));
		all.addAll(tags);
		if (all.size() > MAX_TAGS) {
			throw new IllegalStateException("A live region listens to at most " + MAX_TAGS + " tags, this one to "
					+ all.size() + " (" + List.copyOf(all).subList(0, 5) + "...): tag its cached fragments more "
					+ "coarsely, or make smaller regions live");
		}
		List<String> values = new ArrayList<>(all.size() + 1);
		values.add(Long.toString(since));
		values.addAll(all);
		return this.signatures.sign(PURPOSE, values);
	}

	/** The subscription of a token, or {@code null} if it is not one this application signed. */
	@Nullable Subscription verify(String token) {
		List<String> values = this.signatures.verify(PURPOSE, token);
		if (values == null || values.size() < 2 || values.size() > MAX_TAGS + 1) {
			return null;
		}
		try {
			return new Subscription(Set.copyOf(values.subList(1, values.size())), Long.parseLong(values.get(0)));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static List<String> cachedResponseTags(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
			CachedResponse policy = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
					CachedResponse.class);
			if (policy == null) {
				policy = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), CachedResponse.class);
			}
			if (policy != null) {
				return List.of(policy.tags());
			}
		}
		return List.of();
	}

}
