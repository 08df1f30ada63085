package dev.serveractions.route;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * What the registrar registered: each route's path pattern and verbs, and the path variable
 * names each verb method may bind by parameter name.
 */
final class RouteHandlers {

	private final List<Route> routes = new CopyOnWriteArrayList<>();

	private final Map<Method, Set<String>> pathVariables = new ConcurrentHashMap<>();

	void add(Route route) {
		this.routes.add(route);
		route.methods().forEach((method) -> this.pathVariables.put(method, route.variableNames()));
	}

	List<Route> routes() {
		return List.copyOf(this.routes);
	}

	Set<String> pathVariables(Method method) {
		return this.pathVariables.getOrDefault(method, Set.of());
	}

	/** The route whose pattern matches the request path, if any. */
	@Nullable Route find(HttpServletRequest request) {
		RequestPath path = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request)
				: ServletRequestPathUtils.parse(request);
		for (Route route : this.routes) {
			if (route.pattern().matches(path.pathWithinApplication())) {
				return route;
			}
		}
		return null;
	}

	/**
	 * One {@link RouteHandler} bean as registered.
	 * @param pattern the parsed path template
	 * @param verbs the verbs it answers, as they go into {@code Allow}
	 * @param methods the verb methods
	 * @param anyHandler one of its handler methods, standing for the route in error handling
	 */
	record Route(PathPattern pattern, Set<String> verbs, List<Method> methods, HandlerMethod anyHandler,
			Set<String> variableNames) {
	}

}
