package dev.serveractions.redis;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.serveractions.revalidation.LocalRevalidation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.SubscriptionListener;

/**
 * Applies the revalidations other instances publish, ignoring this instance's own. Each time the
 * channel is subscribed (at start, and again after the connection was lost) it clears the local
 * caches: revalidations published while it was not listening are lost for it, and it cannot know
 * which.
 */
final class RevalidationSubscriber implements MessageListener, SubscriptionListener {

	private static final Log logger = LogFactory.getLog(RevalidationSubscriber.class);

	private final LocalRevalidation local;

	private final String channel;

	private final String instance;

	private final AtomicInteger subscriptions = new AtomicInteger();

	private final ConcurrentHashMap<String, CompletableFuture<Void>> probes = new ConcurrentHashMap<>();

	private volatile @Nullable Instant subscribedAt;

	RevalidationSubscriber(LocalRevalidation local, String channel, String instance) {
		this.local = local;
		this.channel = channel;
		this.instance = instance;
	}

	@Override
	public void onMessage(Message message, byte @Nullable [] pattern) {
		ClusterMessage received = ClusterMessage.decode(new String(message.getBody(), StandardCharsets.UTF_8));
		if (received == null) {
			logger.debug("Ignored a message on '" + this.channel + "' that is not a revalidation");
		}
		else if (received.isProbe()) {
			CompletableFuture<Void> probe = this.probes.get(received.nonce());
			if (probe != null) {
				probe.complete(null);
			}
		}
		else if (!this.instance.equals(received.instance()) && received.mode() != null) {
			this.local.revalidateLocally(received.mode(), received.tags());
		}
	}

	@Override
	public void onChannelSubscribed(byte[] channel, long count) {
		int subscription = this.subscriptions.incrementAndGet();
		this.local.clearLocally();
		this.subscribedAt = Instant.now();
		if (subscription == 1) {
			logger.info("Cluster mode: subscribed to Redis channel '" + this.channel + "' as instance "
					+ this.instance + "; the local caches were cleared");
		}
		else {
			logger.warn("Cluster mode: subscribed to Redis channel '" + this.channel + "' again after the "
					+ "subscription was lost; cleared the local caches, since revalidations published by other "
					+ "instances meanwhile were missed");
		}
	}

	@Override
	public void onChannelUnsubscribed(byte[] channel, long count) {
		this.subscribedAt = null;
	}

	/** Completes when a probe with this nonce comes back through the subscription. */
	CompletableFuture<Void> expectProbe(String nonce) {
		return this.probes.computeIfAbsent(nonce, (key) -> new CompletableFuture<>());
	}

	void forgetProbe(String nonce) {
		this.probes.remove(nonce);
	}

	String instance() {
		return this.instance;
	}

	/** When the channel was last subscribed, {@code null} while it is not. */
	@Nullable Instant subscribedAt() {
		return this.subscribedAt;
	}

	/** How often the channel was subscribed again after the first time. */
	int resubscriptions() {
		return Math.max(0, this.subscriptions.get() - 1);
	}

}
