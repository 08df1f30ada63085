package dev.serveractions.action;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Routes a POST that names a server action ({@link ActionSelection}) to that action, ahead of
 * every other mapping, when it was posted to a page: the URL's GET handler renders a view. The
 * page's path variables and interceptors then apply to the action as to a {@code @PostMapping}
 * next to the page. Requests that name no action cost a method check, or two parameter lookups
 * for form posts.
 */
final class ActionHandlerMapping extends AbstractHandlerMapping {

	/** Ahead of Spring MVC's mappings (router functions, request mappings, resources). */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	private static final Log logger = LogFactory.getLog(ActionHandlerMapping.class);

	private final ActionRegistry registry;

	private final ActionRequestChecks checks;

	private final SingletonSupplier<PageLookup> pages;

	ActionHandlerMapping(ActionRegistry registry, ActionRequestChecks checks, ObjectProvider<HandlerMapping> mappings) {
		this.registry = registry;
		this.checks = checks;
		this.pages = SingletonSupplier.of(() -> new PageLookup(
				mappings.orderedStream().filter((mapping) -> !(mapping instanceof ActionHandlerMapping)).toList()));
		setOrder(ORDER);
	}

	@Override
	protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
		Object handler = select(request);
		if (handler instanceof ActionRejection) {
			// metrics record a refused request under its page's URI template too: the page's
			// mapping sets it (the lookup reads the query string only, never the body)
			this.pages.obtain().find(request);
		}
		return handler;
	}

	private @Nullable Object select(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return null;
		}
		String headerId = request.getHeader(ServerActions.ACTION_HEADER);
		String headerName = request.getHeader(ServerActions.ACTION_NAME_HEADER);
		boolean fromHeader = headerId != null || headerName != null;
		if (fromHeader) {
			// refuse before the body is read
			ActionRejection early = this.checks.check(request);
			if (early != null) {
				return early;
			}
		}
		else if (!isForm(request.getContentType())) {
			return null;
		}
		ActionSelection selection;
		try {
			selection = ActionSelection.select(headerId, headerName,
					request.getParameter(ServerActions.FORM_ACTION_FIELD),
					request.getParameter(ServerActions.ACTION_FIELD));
		}
		catch (IllegalStateException | IllegalArgumentException unreadable) {
			// the container could not decode the form body: no handler could read it either
			if (logger.isDebugEnabled()) {
				logger.debug("The body of a form post is not correctly encoded: "
						+ RefusedRequests.printable(unreadable.getMessage()));
			}
			return ActionRejection.of(RefusedRequests.MALFORMED, HttpStatus.BAD_REQUEST,
					"The form could not be read: its body is not correctly encoded.");
		}
		if (selection == null) {
			return null;
		}
		if (!fromHeader) {
			ActionRejection early = this.checks.check(request);
			if (early != null) {
				return early;
			}
		}
		return invocation(request, selection);
	}

	private Object invocation(HttpServletRequest request, ActionSelection selection) {
		ActionMethod action = (selection.id() != null) ? this.registry.byId(selection.id())
				: this.registry.byName(String.valueOf(selection.name()));
		if (action == null) {
			return (selection.id() != null)
					? ActionRejection.stale(HttpStatus.CONFLICT,
							"This page is out of date: the action it posts to no longer exists. "
									+ "Reload the page and submit again.")
					: ActionRejection.unknown(HttpStatus.NOT_FOUND, "There is no server action with that name.");
		}
		HandlerExecutionChain page = this.pages.obtain().find(request);
		if (page == null) {
			return ActionRejection.of(RefusedRequests.NO_PAGE, HttpStatus.NOT_FOUND,
					"There is no page at this address to run a server action on.");
		}
		List<String> values = List.of();
		if (!action.boundNames().isEmpty()) {
			String token = (selection.token() != null) ? selection.token()
					: request.getParameter(ServerActions.BIND_FIELD);
			Keyring.Verified verified = (token != null) ? this.registry.keyring().verify(action.name(), token) : null;
			if (verified != null && verified.stale()) {
				return ActionRejection.stale(HttpStatus.CONFLICT,
						"This page is out of date: it was signed with a key this server no longer has. "
								+ "Reload the page and submit again.");
			}
			if (verified == null || verified.values().size() > action.boundNames().size()
					|| verified.values().size() < action.requiredBound()) {
				return ActionRejection.of(RefusedRequests.CHANGED_BOUND_VALUES, HttpStatus.BAD_REQUEST,
						"The form's bound values are missing or were changed. Reload the page and submit again.");
			}
			values = verified.values();
		}
		return new HandlerExecutionChain(new ActionInvocation(action, values, page, ClientShape.of(request)),
				page.getInterceptorList());
	}

	private static boolean isForm(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
	}

}
