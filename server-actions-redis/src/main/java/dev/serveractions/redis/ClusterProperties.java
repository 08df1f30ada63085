package dev.serveractions.redis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Cluster mode ({@code server-actions.cluster.*}): the Redis channel the instances share and
 * how long a request may wait for Redis.
 *
 * <pre class="code">
 * server-actions.cluster.channel=shop:revalidations
 * server-actions.cluster.publish-timeout=50ms
 * </pre>
 *
 * @since 0.1
 */
@ConfigurationProperties("server-actions.cluster")
public class ClusterProperties {

	/**
	 * Whether revalidations are published to, and received from, the other instances through
	 * Redis when a Redis connection is configured.
	 */
	private boolean enabled = true;

	/**
	 * The Redis channel the instances publish revalidations on; instances of one application
	 * share it, other applications on the same Redis need their own.
	 */
	private String channel = "server-actions:revalidations";

	/**
	 * How long a revalidating request waits for Redis to take the message. The revalidation is
	 * applied on this instance before; past the timeout the request goes on and the message is
	 * sent when Redis can take it.
	 */
	private Duration publishTimeout = Duration.ofMillis(100);

	/**
	 * How long the health check waits for its own probe message to come back through the
	 * subscription before reporting it down. Also the default of
	 * spring.data.redis.timeout and spring.data.redis.connect-timeout when the application sets
	 * neither, so that Spring Boot's Redis health check never waits longer.
	 */
	private Duration healthTimeout = Duration.ofSeconds(1);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getChannel() {
		return this.channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public Duration getPublishTimeout() {
		return this.publishTimeout;
	}

	public void setPublishTimeout(Duration publishTimeout) {
		this.publishTimeout = publishTimeout;
	}

	public Duration getHealthTimeout() {
		return this.healthTimeout;
	}

	public void setHealthTimeout(Duration healthTimeout) {
		this.healthTimeout = healthTimeout;
	}

}
