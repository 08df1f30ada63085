package dev.serveractions.actuate.app;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class ItemsController {

	@GetMapping("/items")
	String items() {
		return "ops/items";
	}

}
