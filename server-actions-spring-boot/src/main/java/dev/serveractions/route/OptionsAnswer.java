package dev.serveractions.route;

import java.lang.reflect.Method;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ReflectionUtils;

/**
 * Answers OPTIONS for a route handler that has no {@code options} method: {@code 204} with
 * {@code Allow}, as Next.js does. CORS preflights never reach it: Spring MVC matches them to the
 * mapping of the verb they ask about.
 */
final class OptionsAnswer {

	static final Method METHOD = ReflectionUtils.findMethod(OptionsAnswer.class, "options");

	private final String allow;

	OptionsAnswer(Set<String> allow) {
		this.allow = String.join(", ", allow);
	}

	public ResponseEntity<Void> options() {
		return ResponseEntity.noContent().header(HttpHeaders.ALLOW, this.allow).build();
	}

}
