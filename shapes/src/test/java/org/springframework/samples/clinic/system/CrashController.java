package org.springframework.samples.clinic.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The one controller {@link SystemOnlyApplication} scans. */
@Controller
class CrashController {

	@GetMapping("/oups")
	@ResponseBody
	String triggerException() {
		return "expected";
	}

}
