package org.springframework.samples.aotshape;

import dev.serveractions.route.RouteHandler;

/** A route handler of the same application. */
@RouteHandler("/api/visits/{id}")
public class VisitRoute {

	public Visit get(long id) {
		return new Visit(id, "Rabies shot");
	}

}
