package dev.serveractions.examples.todo;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the demo shows and where. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "index";
	}

}
