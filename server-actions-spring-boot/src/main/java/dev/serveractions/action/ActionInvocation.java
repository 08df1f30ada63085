package dev.serveractions.action;

import java.util.List;

/** The handler for a request that runs an action: the action and its verified bound values. */
record ActionInvocation(ActionMethod action, List<String> boundValues) {

	/** Request attribute holding the bound values for {@link BoundArgumentResolver}. */
	static final String BOUND_VALUES_ATTRIBUTE = ActionInvocation.class.getName() + ".bound";

}
