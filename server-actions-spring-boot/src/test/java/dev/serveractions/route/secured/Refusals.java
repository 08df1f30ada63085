package dev.serveractions.route.secured;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;

/** The same refusals from a route handler and from a controller. */
final class Refusals {

	private Refusals() {
	}

	static RuntimeException refuse(String why) {
		return "denied".equals(why) ? new AccessDeniedException("not yours")
				: new BadCredentialsException("who are you?");
	}

}
