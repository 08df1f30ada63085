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
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * What the registrar registered: each route's path pattern and verbs, and for each verb method
 * the path variables it may bind by parameter name and whether it answers {@code 204}.
 */
final class RouteHandlers {

	private final List<Route> routes = new CopyOnWriteArrayList<>();

	private final Map<Method, VerbMethod> verbMethods = new ConcurrentHashMap<>();

	void add(Route route, Map<Method, VerbMethod> methods) {
		this.routes.add(route);
		this.verbMethods.putAll(methods);
	}

	List<Route> routes() {
		return List.copyOf(this.routes);
	}

	/** The verb method as registered, or {@code null} for any other handler method. */
	@Nullable VerbMethod verbMethod(Method method) {
		return this.verbMethods.get(method);
	}

	Set<String> pathVariables(Method method) {
		VerbMethod verbMethod = this.verbMethods.get(method);
		return (verbMethod != null) ? verbMethod.variableNames() : Set.of();
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
	 * @param type the route handler class
	 * @param pattern the parsed path template
	 * @param verbs the verbs it answers, as they go into {@code Allow}
	 * @param handler one of its handler methods, standing for the route in error handling; created
	 * when first needed
	 */
	record Route(Class<?> type, PathPattern pattern, Set<String> verbs, SingletonSupplier<HandlerMethod> handler) {

		HandlerMethod anyHandler() {
			return this.handler.obtain();
		}

	}

	/**
	 * One verb method as registered.
	 * @param variableNames the path variables its un-annotated parameters may bind by name
	 * @param noContent whether it answers {@code 204}: it returns {@code void} and does not
	 * write the response itself
	 */
	record VerbMethod(Set<String> variableNames, boolean noContent) {
	}

}
