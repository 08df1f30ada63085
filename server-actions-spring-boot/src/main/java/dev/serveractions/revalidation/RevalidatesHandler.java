package dev.serveractions.revalidation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ConcurrentReferenceHashMap;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Applies {@link Revalidates} once per request. Spring MVC handlers are covered by the
 * auto-configuration; other kinds of handlers (server actions) call
 * {@link #afterSuccess(Method, HttpServletRequest)} after an invocation that succeeded, before
 * writing the answer. Get it as a bean.
 *
 * <pre class="code">
 * Object result = invoke(action, arguments);
 * if (outcomeIsSuccess(result)) {
 *     revalidatesHandler.afterSuccess(action.method(), request);
 * }
 * </pre>
 *
 * @since 0.1
 */
public final class RevalidatesHandler {

	private static final Log logger = LogFactory.getLog(RevalidatesHandler.class);

	private static final String DONE = RevalidatesHandler.class.getName() + ".done";

	private static final Map<Method, Optional<Revalidates>> ANNOTATIONS = new ConcurrentReferenceHashMap<>();

	private final RevalidationService revalidation;

	RevalidatesHandler(RevalidationService revalidation) {
		this.revalidation = revalidation;
	}

	/**
	 * Revalidates what {@code method}'s {@link Revalidates} names, unless that already happened
	 * for this request.
	 * @param method a handler or action method
	 * @param request the current request
	 * @return how many entries were dropped or marked, or -1 when nothing was due
	 */
	public int afterSuccess(Method method, HttpServletRequest request) {
		Revalidates revalidates = find(method);
		if (revalidates == null || request.getAttribute(DONE) != null) {
			return -1;
		}
		request.setAttribute(DONE, Boolean.TRUE);
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		int count = 0;
		for (String template : revalidates.paths()) {
			String path = filled(template, variables, method);
			if (path != null) {
				count += path.endsWith("/**")
						? this.revalidation.revalidatePath(layoutOf(path), PathScope.LAYOUT)
						: this.revalidation.revalidatePath(path);
			}
		}
		List<String> tags = new ArrayList<>(revalidates.tags().length);
		for (String template : revalidates.tags()) {
			String tag = filled(template, variables, method);
			if (tag != null) {
				tags.add(tag);
			}
		}
		if (!tags.isEmpty()) {
			count += this.revalidation.revalidateTag(revalidates.mode(), tags.toArray(String[]::new));
		}
		return count;
	}

	/**
	 * A path or tag with the request's URI template variables filled in. Mapped handlers are
	 * checked at startup ({@link RevalidatesVariablesCheck}); a request of another kind of handler
	 * that lacks a variable revalidates the rest and says so at WARN.
	 */
	private static @Nullable String filled(String template, @Nullable Map<String, String> variables, Method method) {
		String filled = UriVariables.fill(template, variables);
		if (filled == null) {
			logger.warn("@Revalidates of " + method.toGenericString() + " names \"" + template
					+ "\", but the request has no such path variable; it was not revalidated");
		}
		return filled;
	}

	/** The method's {@link Revalidates}, looked up once per method: this runs on every request. */
	static @Nullable Revalidates find(Method method) {
		return ANNOTATIONS.computeIfAbsent(method,
				(key) -> Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(key, Revalidates.class)))
			.orElse(null);
	}

	private static String layoutOf(String path) {
		String prefix = path.substring(0, path.length() - 3);
		return prefix.isEmpty() ? "/" : prefix;
	}

}
