package dev.serveractions.route;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Answers OPTIONS for the route handlers that have no {@code options} method: {@code 204} with
 * the matched route's {@code Allow}, as Next.js does. One instance, on one mapping, serves every
 * such route (one mapping per route cost startup time). CORS preflights never reach it: Spring
 * MVC matches them to the mapping of the verb they ask about.
 */
final class OptionsAnswer {

	static final Method METHOD = ReflectionUtils.findMethod(OptionsAnswer.class, "options", HttpServletRequest.class);

	private final Map<String, String> allowByPath = new HashMap<>();

	private final RouteHandlers routes;

	OptionsAnswer(Map<String, Set<String>> allowByPath, RouteHandlers routes) {
		allowByPath.forEach((path, allow) -> this.allowByPath.put(path, String.join(", ", allow)));
		this.routes = routes;
	}

	public ResponseEntity<Void> options(HttpServletRequest request) {
		// Spring MVC sets the pattern of the route it matched, as the route declared it
		String allow = (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String path)
				? this.allowByPath.get(path) : null;
		if (allow == null) {
			RouteHandlers.Route route = this.routes.find(request);
			allow = (route != null) ? String.join(", ", route.verbs()) : "OPTIONS";
		}
		return ResponseEntity.noContent().header(HttpHeaders.ALLOW, allow).build();
	}

}
