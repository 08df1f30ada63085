package dev.serveractions.route.slice;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PingController {

	@GetMapping("/ping")
	String ping() {
		return "pong";
	}

}
