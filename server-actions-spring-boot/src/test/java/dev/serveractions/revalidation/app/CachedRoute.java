package dev.serveractions.revalidation.app;

import dev.serveractions.revalidation.CachedResponse;
import dev.serveractions.revalidation.Revalidates;
import dev.serveractions.route.RouteHandler;

@RouteHandler("/api/stats")
public class CachedRoute {

	private final Renders renders;

	CachedRoute(Renders renders) {
		this.renders = renders;
	}

	@CachedResponse(tags = "stats")
	public Stats get() {
		return new Stats(this.renders.next("stats"));
	}

	@Revalidates(tags = "stats")
	public void delete() {
	}

	public record Stats(int renders) {
	}

}
