package dev.serveractions.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The state of the cluster subscription, in the {@code health} endpoint as
 * {@code serverActionsCluster}: up when a probe this instance publishes comes back through its
 * own subscription within {@code server-actions.cluster.health-timeout}, down otherwise (at once
 * when Redis does not even take the probe within the publish timeout).
 */
final class ClusterHealthIndicator extends AbstractHealthIndicator {

	private final RedisRevalidationPublisher publisher;

	private final RevalidationSubscriber subscriber;

	private final String channel;

	private final String instance;

	private final Duration timeout;

	ClusterHealthIndicator(RedisRevalidationPublisher publisher, RevalidationSubscriber subscriber, String channel,
			String instance, Duration timeout) {
		super("Cluster subscription health check failed");
		this.publisher = publisher;
		this.subscriber = subscriber;
		this.channel = channel;
		this.instance = instance;
		this.timeout = timeout;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		builder.withDetail("channel", this.channel).withDetail("instance", this.instance);
		Instant subscribedAt = this.subscriber.subscribedAt();
		builder.withDetail("subscribedSince", (subscribedAt != null) ? subscribedAt.toString() : "not subscribed")
			.withDetail("resubscriptions", this.subscriber.resubscriptions());
		String nonce = UUID.randomUUID().toString();
		long start = System.nanoTime();
		try {
			var echo = this.subscriber.expectProbe(nonce);
			if (!this.publisher.probe(ClusterMessage.probe(this.instance, nonce))) {
				// Redis did not take it: no need to wait for what cannot come back
				builder.down().withDetail("error", "Redis did not take a probe within the publish timeout");
				return;
			}
			long left = this.timeout.toNanos() - (System.nanoTime() - start);
			echo.get(Math.max(0, left), TimeUnit.NANOSECONDS);
			builder.up().withDetail("roundTripMillis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		}
		catch (TimeoutException ex) {
			builder.down()
				.withDetail("error", "a probe published on the channel did not come back within "
						+ this.timeout.toMillis() + " ms");
		}
		finally {
			this.subscriber.forgetProbe(nonce);
		}
	}

}
