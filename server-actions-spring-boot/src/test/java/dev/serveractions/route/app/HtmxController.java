package dev.serveractions.route.app;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An htmx-spring-boot mapping: chosen by the {@code HX-Request} header through htmx's own handler mapping. */
@RestController
public class HtmxController {

	@HxRequest
	@GetMapping("/htmx")
	public String fragment() {
		return "htmx fragment";
	}

	@GetMapping("/htmx")
	public String page() {
		return "full page";
	}

}
