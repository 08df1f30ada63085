package dev.serveractions.actuate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.serveractions.route.RouteHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The route handlers, read from Spring MVC's {@code requestMappingHandlerMapping}, where they are
 * registered as ordinary request mappings: every mapping whose bean is a {@link RouteHandler}.
 */
final class RouteDescriptions {

	private final ObjectProvider<RequestMappingHandlerMapping> mapping;

	RouteDescriptions(ObjectProvider<RequestMappingHandlerMapping> mapping) {
		this.mapping = mapping;
	}

	List<ServerActionsEndpoint.Route> describe() {
		RequestMappingHandlerMapping mapping = this.mapping.getIfAvailable();
		if (mapping == null) {
			return List.of();
		}
		Map<String, Map<String, String>> byPath = new TreeMap<>();
		mapping.getHandlerMethods().forEach((info, method) -> {
			if (isRouteHandler(method)) {
				Map<String, String> verbs = byPath.computeIfAbsent(path(info), (path) -> new TreeMap<>());
				for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
					verbs.put(verb.name(), method.getBeanType().getName() + "#" + method.getMethod().getName());
				}
			}
		});
		return byPath.entrySet()
			.stream()
			.map((route) -> new ServerActionsEndpoint.Route(route.getKey(), route.getValue()))
			.toList();
	}

	private static boolean isRouteHandler(HandlerMethod method) {
		return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RouteHandler.class);
	}

	private static String path(RequestMappingInfo info) {
		return info.getPatternValues().stream().findFirst().orElse("");
	}

}
