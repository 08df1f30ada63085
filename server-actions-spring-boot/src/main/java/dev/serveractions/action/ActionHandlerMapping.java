package dev.serveractions.action;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.WebUtils;

/**
 * Routes a POST that names a server action (header {@code Sa-Action} / {@code Sa-Action-Name},
 * or form field {@code _sa_formaction} / {@code _sa_action}) to that action, ahead of every other
 * mapping, so that a form can post to the URL of its own page. Requests that name no action
 * cost a method check, or two parameter lookups for form posts.
 */
final class ActionHandlerMapping extends AbstractHandlerMapping {

	/** Ahead of Spring MVC's mappings (router functions, request mappings, resources). */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	private final ActionRegistry registry;

	private final Set<String> allowedOrigins;

	private final long maxBodySize;

	ActionHandlerMapping(ActionRegistry registry, ActionOptions options) {
		this.registry = registry;
		this.allowedOrigins = Set.copyOf(options.allowedOrigins());
		this.maxBodySize = options.maxBodySize();
		setOrder(ORDER);
	}

	@Override
	protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return null;
		}
		String headerId = request.getHeader(ServerActions.ACTION_HEADER);
		String headerName = request.getHeader(ServerActions.ACTION_NAME_HEADER);
		boolean fromHeader = headerId != null || headerName != null;
		if (fromHeader) {
			// refuse before the body is read
			ActionRejection early = checkOriginAndSize(request);
			if (early != null) {
				return early;
			}
		}
		else if (!isForm(request.getContentType())) {
			return null;
		}
		String formAction = request.getParameter(ServerActions.FORM_ACTION_FIELD);
		String formActionId = formAction;
		String formActionToken = null;
		if (formAction != null) {
			int colon = formAction.indexOf(':');
			if (colon >= 0) {
				formActionId = formAction.substring(0, colon);
				formActionToken = formAction.substring(colon + 1);
			}
		}
		String id = (headerId != null) ? headerId : (headerName != null) ? null
				: (formActionId != null) ? formActionId : request.getParameter(ServerActions.ACTION_FIELD);
		if (id == null && headerName == null) {
			return null;
		}
		if (!fromHeader) {
			ActionRejection early = checkOriginAndSize(request);
			if (early != null) {
				return early;
			}
		}
		ActionMethod action = (id != null) ? this.registry.byId(id) : this.registry.byName(headerName);
		if (action == null) {
			return (id != null)
					? new ActionRejection(HttpStatus.CONFLICT,
							"This page is out of date: the action it posts to no longer exists. "
									+ "Reload the page and submit again.",
							true)
					: new ActionRejection(HttpStatus.NOT_FOUND, "There is no server action with that name.", true);
		}
		if (action.boundParameters() == 0) {
			return new ActionInvocation(action, List.of());
		}
		String token = (formActionToken != null && action == this.registry.byId(formActionId)) ? formActionToken
				: request.getParameter(ServerActions.BIND_FIELD);
		List<String> values = (token != null) ? this.registry.keyring().verify(action.name(), token) : null;
		if (values == null || values.size() != action.boundParameters()) {
			return ActionRejection.of(HttpStatus.BAD_REQUEST,
					"The form's bound values are missing or were changed. Reload the page and submit again.");
		}
		return new ActionInvocation(action, values);
	}

	private @Nullable ActionRejection checkOriginAndSize(HttpServletRequest request) {
		if (!isSameOriginOrAllowed(request)) {
			return ActionRejection.of(HttpStatus.FORBIDDEN, "Server actions only accept posts from this site.");
		}
		if (bodySize(request) > this.maxBodySize) {
			return ActionRejection.of(HttpStatus.CONTENT_TOO_LARGE,
					"The request is larger than " + this.maxBodySize + " bytes.");
		}
		return null;
	}

	/**
	 * The declared length or, for a chunked body, the size of what was parsed from it: the
	 * container reads form and multipart bodies before any handler mapping runs.
	 */
	private static long bodySize(HttpServletRequest request) {
		long length = request.getContentLengthLong();
		if (length >= 0) {
			return length;
		}
		long size = 0;
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				size += parameter.getKey().length() + value.length() + 2;
			}
		}
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			for (List<MultipartFile> files : multipart.getMultiFileMap().values()) {
				for (MultipartFile file : files) {
					size += file.getSize();
				}
			}
		}
		return size;
	}

	/**
	 * Same-origin posts pass; so do posts from a listed origin, and requests that carry neither
	 * {@code Origin} nor {@code Sec-Fetch-Site} (not from a browser).
	 */
	private boolean isSameOriginOrAllowed(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin != null) {
			return origin.equalsIgnoreCase(ownOrigin(request)) || this.allowedOrigins.contains(origin);
		}
		String site = request.getHeader("Sec-Fetch-Site");
		return site == null || "same-origin".equals(site) || "none".equals(site);
	}

	private static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)
				|| port <= 0;
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
	}

	private static boolean isForm(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
	}

}
