package dev.serveractions.action.visitapp;

import java.util.Collection;

import dev.serveractions.route.RouteHandler;

/** A package-private route handler. */
@RouteHandler("/api/visits")
class VisitsRoute {

	private final VisitBook visits;

	VisitsRoute(VisitBook visits) {
		this.visits = visits;
	}

	public Collection<Visit> get() {
		return this.visits.all().values();
	}

}
