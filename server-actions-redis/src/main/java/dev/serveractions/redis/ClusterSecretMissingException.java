package dev.serveractions.redis;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Thrown at startup in cluster mode when {@code server-actions.secret} is not set: without it,
 * every instance signs bound values with a key of its own, so a form rendered by one instance
 * fails on another. {@link ClusterSecretFailureAnalyzer} explains it.
 */
final class ClusterSecretMissingException extends IllegalStateException {

	static final String PROPERTY = "server-actions.secret";

	ClusterSecretMissingException() {
		super("Cluster mode needs " + PROPERTY + ", the same on every instance");
	}

	static void check(Environment environment) {
		if (!StringUtils.hasText(environment.getProperty(PROPERTY))) {
			throw new ClusterSecretMissingException();
		}
	}

}
