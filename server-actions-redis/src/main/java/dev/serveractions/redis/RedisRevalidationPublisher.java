package dev.serveractions.redis;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.serveractions.revalidation.Mode;
import dev.serveractions.revalidation.RevalidationListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Publishes each revalidation of this instance on the channel. A request waits for Redis to take
 * the message for at most the publish timeout; past it, it goes on (the revalidation was applied
 * here already) and the client sends the message when it can. Never throws.
 */
final class RedisRevalidationPublisher implements RevalidationListener {

	private static final Log logger = LogFactory.getLog(RedisRevalidationPublisher.class);

	private final ReactiveStringRedisTemplate redis;

	private final String channel;

	private final String instance;

	private final long timeoutMillis;

	private final AtomicBoolean failing = new AtomicBoolean();

	private volatile boolean connected;

	RedisRevalidationPublisher(ReactiveStringRedisTemplate redis, String channel, String instance, Duration timeout) {
		this.redis = redis;
		this.channel = channel;
		this.instance = instance;
		this.timeoutMillis = timeout.toMillis();
	}

	/**
	 * Opens the connection in the background (a probe nobody waits for), so that the first
	 * revalidation does not pay for it.
	 */
	void connectInBackground() {
		this.redis.convertAndSend(this.channel, ClusterMessage.probe(this.instance, "connect").encode())
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe((receivers) -> this.connected = true, (ex) -> logger.debug("Could not reach Redis yet", ex));
	}

	@Override
	public void revalidated(Mode mode, List<String> tags) {
		publish(ClusterMessage.revalidation(this.instance, mode, tags), tags.toString(),
				"; it was applied on this instance, and is sent to the others once Redis takes it");
	}

	/**
	 * Publishes a health probe; whether Redis took it within the timeout. A failure is logged at
	 * DEBUG only: it leaves the first lost revalidation to be logged at WARN.
	 */
	boolean probe(ClusterMessage message) {
		try {
			send(message);
			return true;
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			logger.debug("Redis did not take a health probe within " + this.timeoutMillis + " ms", ex);
			return false;
		}
	}

	/**
	 * Publishes a message; whether Redis took it within the timeout.
	 * @param what what it is, for the log
	 * @param consequence what follows when Redis did not take it in time, for the log
	 */
	boolean publish(ClusterMessage message, String what, String consequence) {
		try {
			send(message);
			if (this.failing.compareAndSet(true, false)) {
				logger.info("Publishing revalidations on Redis channel '" + this.channel + "' works again");
			}
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failed(what, consequence, ex);
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			failed(what, consequence, (ex instanceof ExecutionException) ? ex.getCause() : ex);
		}
		return false;
	}

	private void send(ClusterMessage message) throws InterruptedException, ExecutionException, TimeoutException {
		Mono<Long> send = this.redis.convertAndSend(this.channel, message.encode());
		if (!this.connected) {
			// opening the connection blocks: on another thread, so that it cannot hold this one
			// up; once open, Lettuce keeps it (and reconnects it) without blocking anyone
			send = send.subscribeOn(Schedulers.boundedElastic());
		}
		send.toFuture().get(this.timeoutMillis, TimeUnit.MILLISECONDS);
		this.connected = true;
	}

	private void failed(String what, String consequence, @Nullable Throwable cause) {
		String message = "Redis did not take " + what + " within " + this.timeoutMillis + " ms (" + cause + ")"
				+ consequence;
		if (this.failing.compareAndSet(false, true)) {
			logger.warn(message + ". Further failures are logged at DEBUG until publishing works again.");
		}
		else if (logger.isDebugEnabled()) {
			logger.debug(message);
		}
	}

}
