package dev.serveractions.action;

import java.util.List;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;

/**
 * The handler of a request that runs an action: the action's bean method, as a
 * {@link HandlerMethod} so that the application's {@code @ExceptionHandler}s, advice and
 * interceptors see it as they see a {@code @PostMapping}, with what the request brought: the
 * verified bound values, the page it was posted to and the shape of the client.
 */
final class ActionInvocation extends HandlerMethod {

	/** Request attribute holding the invocation, for {@link BoundArgumentResolver}. */
	static final String ATTRIBUTE = ActionInvocation.class.getName();

	private final ActionMethod action;

	private final List<String> boundValues;

	private final HandlerExecutionChain page;

	private final ClientShape client;

	ActionInvocation(ActionMethod action, List<String> boundValues, HandlerExecutionChain page, ClientShape client) {
		super(action.resolvedHandlerMethod());
		this.action = action;
		this.boundValues = boundValues;
		this.page = page;
		this.client = client;
	}

	ActionMethod action() {
		return this.action;
	}

	List<String> boundValues() {
		return this.boundValues;
	}

	/** The handler of a GET of the page the action was posted to. */
	Object pageHandler() {
		return this.page.getHandler();
	}

	HandlerExecutionChain page() {
		return this.page;
	}

	ClientShape client() {
		return this.client;
	}

}
