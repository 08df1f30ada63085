package dev.serveractions.redis;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says why an application in cluster mode did not start without {@code server-actions.secret},
 * and what to do.
 */
final class ClusterSecretFailureAnalyzer extends AbstractFailureAnalyzer<ClusterSecretMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ClusterSecretMissingException cause) {
		return new FailureAnalysis("Cluster mode (server-actions-redis with a Redis connection) is on, but "
				+ ClusterSecretMissingException.PROPERTY + " is not set. Every instance would sign bound values "
				+ "with a random key of its own, so a form rendered by one instance would be refused by another.",
				"Set " + ClusterSecretMissingException.PROPERTY + " to the same secret of 32 bytes or more on every "
						+ "instance (for example the output of 'openssl rand -base64 32'), or switch cluster mode off "
						+ "with server-actions.cluster.enabled=false.",
				cause);
	}

}
