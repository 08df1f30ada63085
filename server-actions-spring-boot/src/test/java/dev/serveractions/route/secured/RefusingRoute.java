package dev.serveractions.route.secured;

import dev.serveractions.route.RouteHandler;

@RouteHandler("/route/refuse/{why}")
class RefusingRoute {

	public String get(String why) {
		throw Refusals.refuse(why);
	}

}
