package dev.serveractions.route.app;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** An application's own OPTIONS mapping on the path of a route handler without an options method. */
@RestController
public class CorsPreflightController {

	@RequestMapping(path = "/cased", method = RequestMethod.OPTIONS)
	public ResponseEntity<Void> options() {
		return ResponseEntity.ok().header("X-Answered-By", "application").build();
	}

}
