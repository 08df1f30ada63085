package dev.serveractions.route.slice;

import dev.serveractions.route.RouteHandler;

@RouteHandler("/greetings/{name}")
class GreetingRoute {

	private final Greetings greetings;

	GreetingRoute(Greetings greetings) {
		this.greetings = greetings;
	}

	public String get(String name) {
		return this.greetings.greet(name);
	}

}
