package dev.serveractions.route;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.ClassUtils;

/**
 * Spring Security's own exceptions, which its filters turn into {@code 401} or {@code 403} (or a
 * login redirect). A route handler lets them through as a {@code @RestController} does. Decided
 * by type, when Spring Security is on the classpath.
 */
final class SecurityExceptions {

	private static final boolean PRESENT = ClassUtils.isPresent(
			"org.springframework.security.access.AccessDeniedException", SecurityExceptions.class.getClassLoader());

	private SecurityExceptions() {
	}

	static boolean isSecurityDecision(Throwable ex) {
		return PRESENT && Types.match(ex);
	}

	/** Loaded only when Spring Security is present. */
	private static final class Types {

		static boolean match(Throwable ex) {
			return ex instanceof AccessDeniedException || ex instanceof AuthenticationException;
		}

	}

}
