package org.springframework.samples.clinic;

import dev.serveractions.route.RouteHandler;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The owners' JSON API, a route handler of the same application. */
@RouteHandler("/api/owners/{ownerId}")
public class OwnerRoute {

	private final Owners owners;

	OwnerRoute(Owners owners) {
		this.owners = owners;
	}

	public Owner get(int ownerId) {
		return this.owners.findById(ownerId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No owner " + ownerId));
	}

}
