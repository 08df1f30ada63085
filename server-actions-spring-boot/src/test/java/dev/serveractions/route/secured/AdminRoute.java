package dev.serveractions.route.secured;

import dev.serveractions.route.RouteHandler;

import org.springframework.security.access.prepost.PreAuthorize;

@RouteHandler("/route/admin")
class AdminRoute {

	@PreAuthorize("hasRole('ADMIN')")
	public String get() {
		return "secret";
	}

}
