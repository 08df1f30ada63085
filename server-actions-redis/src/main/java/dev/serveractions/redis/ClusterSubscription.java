package dev.serveractions.redis;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Starts the cluster's listener container with the application. When Redis cannot be reached at
 * startup the application starts anyway, serving on its own, and the subscription is tried again
 * every few seconds until it succeeds (the subscriber then clears the caches, as after any gap).
 * Later losses are Lettuce's to repair: it reconnects and subscribes again by itself.
 */
final class ClusterSubscription implements SmartLifecycle {

	static final long RETRY_SECONDS = 5;

	private static final Log logger = LogFactory.getLog(ClusterSubscription.class);

	private final RedisMessageListenerContainer container;

	private final String channel;

	private volatile @Nullable ScheduledExecutorService retries;

	private volatile boolean running;

	ClusterSubscription(RedisMessageListenerContainer container, String channel) {
		this.container = container;
		this.channel = channel;
	}

	@Override
	public void start() {
		this.running = true;
		try {
			this.container.start();
		}
		catch (RuntimeException ex) {
			logger.warn("Cluster mode: cannot subscribe to Redis channel '" + this.channel + "' (" + ex.getMessage()
					+ "); this instance serves on its own and tries again every " + RETRY_SECONDS + " s");
			ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "server-actions-cluster-subscribe");
				thread.setDaemon(true);
				return thread;
			});
			this.retries = scheduler;
			scheduler.scheduleWithFixedDelay(this::retry, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
		}
	}

	private void retry() {
		try {
			// a container whose start failed counts as started: stop it first, or start does nothing
			this.container.stop();
			this.container.start();
			ScheduledExecutorService scheduler = this.retries;
			if (scheduler != null) {
				scheduler.shutdown();
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Cluster mode: Redis still cannot be reached", ex);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		ScheduledExecutorService scheduler = this.retries;
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
		this.container.stop();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return this.container.getPhase();
	}

}
