package dev.serveractions.actuate.app;

import java.util.Map;

import dev.serveractions.revalidation.CachedResponse;
import dev.serveractions.route.RouteHandler;

@RouteHandler("/api/items/{id}")
public class ItemRoute {

	@CachedResponse(tags = "items")
	public Map<String, Object> get(long id) {
		return Map.of("id", id);
	}

	public void delete(long id) {
	}

}
