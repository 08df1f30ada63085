package dev.serveractions.actuate;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;

import dev.serveractions.action.Bound;
import dev.serveractions.action.ServerActions;
import dev.serveractions.revalidation.Revalidates;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The server actions, by name, with what the endpoint shows of each: id, bean method,
 * {@link Bound @Bound} parameters and {@link Revalidates @Revalidates}.
 */
final class ActionDescriptions {

	private final ObjectProvider<ServerActions> actions;

	ActionDescriptions(ObjectProvider<ServerActions> actions) {
		this.actions = actions;
	}

	List<ServerActionsEndpoint.Action> describe() {
		ServerActions actions = this.actions.getIfAvailable();
		if (actions == null) {
			return List.of();
		}
		return actions.names().stream().sorted().map((name) -> describe(actions, name)).toList();
	}

	private static ServerActionsEndpoint.Action describe(ServerActions actions, String name) {
		Method method = actions.method(name);
		int bound = (int) Arrays.stream(method.getParameters())
			.filter((Parameter parameter) -> parameter.isAnnotationPresent(Bound.class))
			.count();
		return new ServerActionsEndpoint.Action(name, actions.id(name),
				method.getDeclaringClass().getName() + "#" + method.getName(), bound, revalidates(method));
	}

	private static ServerActionsEndpoint.@Nullable Revalidates revalidates(Method method) {
		Revalidates revalidates = AnnotatedElementUtils.findMergedAnnotation(method, Revalidates.class);
		return (revalidates != null) ? new ServerActionsEndpoint.Revalidates(List.of(revalidates.paths()),
				List.of(revalidates.tags()), revalidates.mode().name()) : null;
	}

}
