package dev.serveractions.docs.examples;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An ordinary controller next to the route handlers, for the slice-test snippets. */
@RestController
public class PingController {

	@GetMapping("/ping")
	public String ping() {
		return "pong";
	}

}
