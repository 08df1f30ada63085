package dev.serveractions.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.serveractions.revalidation.RevalidationAppliedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationListener;

/**
 * The open event streams of this instance, by tag, and the revalidations that reach them. Every
 * revalidation applied here (local, or from another instance) queues a refresh for the streams
 * of its tags; a stream that opens after a revalidation its page did not show gets one at once,
 * so a tab that was disconnected never keeps a stale page. Bounded: at most
 * {@code max-connections} streams, and {@link RevalidationTimes} remembers a bounded number of tags.
 */
final class LiveConnections implements ApplicationListener<RevalidationAppliedEvent> {

	private static final byte[] RETRY = "retry:3000\n\n".getBytes(StandardCharsets.US_ASCII);

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

	/**
	 * Answers the request with a new stream for the subscription, or returns {@code false} (and
	 * answers nothing) when this instance holds its maximum.
	 */
	boolean open(Subscription subscription, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (this.open.incrementAndGet() > this.max) {
			this.open.decrementAndGet();
			return false;
		}
		Connection connection = new Connection(subscription.tags(), this.sender.lane());
		try {
			// the first bytes send the headers (the browser's EventSource opens) and the retry time
			connection.attach(LiveStream.start(request, response, this.timeoutMillis, RETRY, () -> close(connection)));
		}
		catch (IOException | RuntimeException ex) {
			this.open.decrementAndGet();
			throw ex;
		}
		this.all.add(connection);
		for (String tag : subscription.tags()) {
			this.byTag.computeIfAbsent(tag, (key) -> ConcurrentHashMap.newKeySet()).add(connection);
		}
		// registered first, then checked: the shutdown either ends this stream or is seen here
		if (this.sender.stopped()) {
			connection.stream().complete();
			return true;
		}
		// registered first, then checked: a revalidation either finds the stream or is found here
		long missed = this.times.last(subscription.tags());
		if (missed >= subscription.since()) {
			this.sender.refresh(connection, missed);
		}
		return true;
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
