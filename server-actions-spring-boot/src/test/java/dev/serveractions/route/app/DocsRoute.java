package dev.serveractions.route.app;

import java.util.Map;

import dev.serveractions.route.RouteHandler;

/** A catch-all path, Next.js {@code [...slug]}. */
@RouteHandler("/docs/{*slug}")
public class DocsRoute {

	public Map<String, String> get(String slug) {
		return Map.of("slug", slug);
	}

}
