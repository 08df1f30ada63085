package dev.serveractions.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.serveractions.revalidation.RevalidationAppliedEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationListener;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this instance, by tag, and the revalidations that reach them. Every
 * revalidation applied here (local, or from another instance) queues a refresh for the streams
 * of its tags; a stream that opens after a revalidation its page did not show gets one at once,
 * so a tab that was disconnected never keeps a stale page. Bounded: at most
 * {@code max-connections} streams, and {@link RevalidationTimes} remembers a bounded number of tags.
 */
final class LiveConnections implements ApplicationListener<RevalidationAppliedEvent> {

	private static final Set<ResponseBodyEmitter.DataWithMediaType> RETRY = Set
		.of(new ResponseBodyEmitter.DataWithMediaType("retry:3000\n\n", MediaType.TEXT_PLAIN));

	private final int max;

	private final long timeoutMillis;

	private final LiveClock clock;

	private final LiveSender sender;

	private final RevalidationTimes times;

	private final AtomicInteger open = new AtomicInteger();

	private final ConcurrentHashMap<String, Set<Connection>> byTag = new ConcurrentHashMap<>();

	private final Set<Connection> all = ConcurrentHashMap.newKeySet();

	LiveConnections(int max, long timeoutMillis, LiveClock clock, LiveSender sender) {
		this.max = max;
		this.timeoutMillis = timeoutMillis;
		this.clock = clock;
		this.sender = sender;
		this.times = new RevalidationTimes(clock.now());
	}

	/** A new stream for the subscription, or {@code null} when this instance holds its maximum. */
	@Nullable SseEmitter open(Subscription subscription) {
		if (this.open.incrementAndGet() > this.max) {
			this.open.decrementAndGet();
			return null;
		}
		this.sender.opened();
		Connection connection = new Connection(new SseEmitter(this.timeoutMillis), subscription.tags());
		connection.emitter().onCompletion(() -> close(connection));
		connection.emitter().onError((ex) -> close(connection));
		connection.emitter().onTimeout(() -> close(connection));
		this.all.add(connection);
		for (String tag : subscription.tags()) {
			this.byTag.computeIfAbsent(tag, (key) -> ConcurrentHashMap.newKeySet()).add(connection);
		}
		try {
			// the first bytes send the headers (the browser's EventSource opens) and the retry time
			connection.emitter().send(RETRY);
		}
		catch (IOException ex) {
			close(connection);
			throw new UncheckedIOException(ex);
		}
		long missed = this.times.last(subscription.tags());
		if (missed >= subscription.since()) {
			this.sender.refresh(connection, missed);
		}
		return connection.emitter();
	}

	int size() {
		return this.open.get();
	}

	Set<Connection> all() {
		return this.all;
	}

	void close(Connection connection) {
		if (!this.all.remove(connection)) {
			return;
		}
		this.open.decrementAndGet();
		for (String tag : connection.tags()) {
			this.byTag.computeIfPresent(tag, (key, connections) -> {
				connections.remove(connection);
				return connections.isEmpty() ? null : connections;
			});
		}
	}

	@Override
	public void onApplicationEvent(RevalidationAppliedEvent event) {
		long now = this.clock.now();
		if (event.everything()) {
			this.times.everything(now);
			this.all.forEach((connection) -> this.sender.refresh(connection, now));
			return;
		}
		this.times.record(event.tags(), now);
		for (String tag : event.tags()) {
			Set<Connection> connections = this.byTag.get(tag);
			if (connections != null) {
				connections.forEach((connection) -> this.sender.refresh(connection, now));
			}
		}
	}

}
