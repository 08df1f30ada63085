package dev.serveractions.live;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Writes to the event streams on threads of its own, so that neither the revalidating request
 * nor the Redis listener waits for thousands of sockets: {@code refresh} events (data: the time of
 * the revalidation, nothing about the content) and, every heartbeat, a comment line to every
 * stream. Each stream belongs to one of a few {@link WriterLane lanes} (one per processor, at
 * most four), so a revalidation that reaches ten thousand streams is written by all processors at
 * once. A stream whose write fails has ended. At shutdown, every stream ends first.
 */
final class LiveSender implements SmartLifecycle, DisposableBean {

	private static final byte[] PING = { ':', '\n', '\n' };

	private final WriterLane[] lanes;

	private final AtomicInteger next = new AtomicInteger();

	private final AtomicBoolean started = new AtomicBoolean();

	private final long heartbeatMillis;

	private final ScheduledExecutorService heartbeats = Executors
		.newSingleThreadScheduledExecutor(daemon("server-actions-live-heartbeat"));

	private final Supplier<LiveConnections> connections;

	private volatile boolean running;

	/** Set when the streams are ended for shutdown; a stream that opens after that ends at once. */
	private volatile boolean stopped;

	LiveSender(Supplier<LiveConnections> connections, Duration heartbeat) {
		this.connections = connections;
		this.lanes = new WriterLane[Math.min(4, Runtime.getRuntime().availableProcessors())];
		for (int i = 0; i < this.lanes.length; i++) {
			this.lanes[i] = new WriterLane(daemon("server-actions-live-" + (i + 1)));
		}
		this.heartbeatMillis = Math.max(1, heartbeat.toMillis());
	}

	/**
	 * The lane a new stream is written by: round robin, so the lanes hold as many streams each.
	 * The first stream starts the heartbeats (an application that serves no live page runs no
	 * thread of ours; a lane's thread starts with its first write).
	 */
	int lane() {
		if (this.started.compareAndSet(false, true)) {
			try {
				this.heartbeats.scheduleAtFixedRate(this::heartbeat, this.heartbeatMillis, this.heartbeatMillis,
						TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException ex) {
				// shutting down: the stream ends with the others
			}
		}
		return Math.floorMod(this.next.getAndIncrement(), this.lanes.length);
	}

	/** Queues a refresh of the connection, unless one is queued already (it then carries this time). */
	void refresh(Connection connection, long time) {
		connection.pending().accumulateAndGet(time, Math::max);
		if (connection.queued().compareAndSet(false, true)) {
			this.lanes[connection.lane()].refresh(connection);
		}
	}

	private void heartbeat() {
		for (int i = 0; i < this.lanes.length; i++) {
			int lane = i;
			this.lanes[i].run(() -> this.connections.get()
				.all()
				.forEach((connection) -> {
					if (connection.lane() == lane) {
						this.lanes[lane].write(connection, PING);
					}
				}));
		}
	}

	@Override
	public void start() {
		this.stopped = false;
		this.running = true;
	}

	/**
	 * Ends every stream before the web server's graceful shutdown (a later phase), which would
	 * otherwise wait for them as for requests in progress; the tabs reconnect, to another instance.
	 * The server still takes requests until then: {@link #stopped()} makes a stream that opens
	 * meanwhile, or was opening while this ran, end at once.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.stopped = true;
		this.connections.get().all().forEach((connection) -> connection.stream().complete());
	}

	/** Whether the streams were ended for shutdown (checked by a new stream once it is registered). */
	boolean stopped() {
		return this.stopped;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public void destroy() {
		this.heartbeats.shutdownNow();
		for (WriterLane lane : this.lanes) {
			lane.shutdown();
		}
	}

	private static ThreadFactory daemon(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

}
