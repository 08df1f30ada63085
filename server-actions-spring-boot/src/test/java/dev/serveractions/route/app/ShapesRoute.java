package dev.serveractions.route.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import dev.serveractions.route.RouteHandler;

import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Parameters a Spring MVC handler method accepts, on a route with two path variables. */
@RouteHandler("/shapes/{kind}/{size}")
public class ShapesRoute {

	public Map<String, Object> get(String kind, int size, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "X-Tenant", required = false) String tenant,
			@CookieValue(name = "theme", required = false) String theme, HttpServletRequest request,
			Principal principal) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("kind", kind);
		answer.put("size", size);
		answer.put("page", page);
		answer.put("tenant", tenant);
		answer.put("theme", theme);
		answer.put("method", request.getMethod());
		answer.put("principal", principal == null ? null : principal.getName());
		return answer;
	}

	public String post(@org.springframework.web.bind.annotation.RequestBody byte[] body) throws IOException {
		return new String(body, StandardCharsets.UTF_8).toUpperCase();
	}

}
