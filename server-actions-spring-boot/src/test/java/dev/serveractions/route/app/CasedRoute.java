package dev.serveractions.route.app;

import dev.serveractions.route.RouteHandler;

@RouteHandler("/cased")
public class CasedRoute {

	public String GET() {
		return "upper-case GET";
	}

}
