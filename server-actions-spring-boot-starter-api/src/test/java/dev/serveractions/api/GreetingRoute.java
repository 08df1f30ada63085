package dev.serveractions.api;

import dev.serveractions.revalidation.CachedResponse;
import dev.serveractions.route.RouteHandler;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

@RouteHandler("/api/greetings/{name}")
public class GreetingRoute {

	@CachedResponse(tags = "greetings")
	public Greeting get(String name) {
		return new Greeting("Hello, " + name);
	}

	public Greeting put(String name, @Valid Greeting greeting) {
		return greeting;
	}

	public record Greeting(@NotBlank String text) {
	}

}
