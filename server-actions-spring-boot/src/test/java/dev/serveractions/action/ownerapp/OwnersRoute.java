package dev.serveractions.action.ownerapp;

import java.util.List;

import dev.serveractions.route.RouteHandler;

/** A JSON API next to the pages: not a page, so no action runs here. */
@RouteHandler("/api/owners")
public class OwnersRoute {

	private final Owners owners;

	OwnersRoute(Owners owners) {
		this.owners = owners;
	}

	public List<Owner> get() {
		return this.owners.all();
	}

}
