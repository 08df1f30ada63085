package dev.serveractions.route.secured;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The baseline: what Spring Security answers for a {@code @RestController}. */
@RestController
class SecuredController {

	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/controller/admin")
	public String admin() {
		return "secret";
	}

	@GetMapping("/controller/refuse/{why}")
	public String refuse(@PathVariable String why) {
		throw Refusals.refuse(why);
	}

}
