package dev.serveractions.live;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/**
 * Writes to the event streams on one thread of its own, so that neither the revalidating request
 * nor the Redis listener waits for thousands of sockets: {@code refresh} events (data: the time of
 * the revalidation, nothing about the content) and, every heartbeat, a comment line to every
 * stream. A stream whose write fails is closed. At shutdown, every stream ends first. Its two
 * threads start when the first stream opens: an application that serves no live page runs none.
 */
final class LiveSender implements SmartLifecycle, DisposableBean {

	private final Supplier<LiveConnections> connections;

	private final long heartbeatMillis;

	private @Nullable ExecutorService writer;

	private @Nullable ScheduledExecutorService heartbeats;

	private boolean destroyed;

	private volatile boolean running;

	LiveSender(Supplier<LiveConnections> connections, Duration heartbeat) {
		this.connections = connections;
		this.heartbeatMillis = Math.max(1, heartbeat.toMillis());
	}

	/** A stream opened: the writer and the heartbeats run from now on. */
	void opened() {
		writer();
	}

	private synchronized ExecutorService writer() {
		if (this.destroyed) {
			throw new RejectedExecutionException("The live sender is shut down");
		}
		if (this.writer == null) {
			ExecutorService writer = Executors.newSingleThreadExecutor(daemon("server-actions-live"));
			ScheduledExecutorService heartbeats = Executors
				.newSingleThreadScheduledExecutor(daemon("server-actions-live-heartbeat"));
			heartbeats.scheduleAtFixedRate(() -> writer.execute(this::heartbeat), this.heartbeatMillis,
					this.heartbeatMillis, TimeUnit.MILLISECONDS);
			this.writer = writer;
			this.heartbeats = heartbeats;
		}
		return this.writer;
	}

	/** Queues a refresh of the connection, unless one is queued already (it then carries this time). */
	void refresh(Connection connection, long time) {
		connection.pending().accumulateAndGet(time, Math::max);
		if (connection.queued().compareAndSet(false, true)) {
			writer().execute(() -> {
				connection.queued().set(false);
				String at = Long.toString(connection.pending().get());
				write(connection, Set.of(new ResponseBodyEmitter.DataWithMediaType(
						"event:refresh\nid:" + at + "\ndata:" + at + "\n\n", MediaType.TEXT_PLAIN)));
			});
		}
	}

	private void heartbeat() {
		Set<ResponseBodyEmitter.DataWithMediaType> ping = Set
			.of(new ResponseBodyEmitter.DataWithMediaType(":\n\n", MediaType.TEXT_PLAIN));
		this.connections.get().all().forEach((connection) -> write(connection, ping));
	}

	private void write(Connection connection, Set<ResponseBodyEmitter.DataWithMediaType> event) {
		try {
			connection.emitter().send(event);
		}
		catch (Exception ex) {
			// the client went away: the emitter completes, and the connection is closed with it
			this.connections.get().close(connection);
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Ends every stream before the web server's graceful shutdown (a later phase), which would
	 * otherwise wait for them as for requests in progress; the tabs reconnect, to another instance.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.connections.get().all().forEach((connection) -> connection.emitter().complete());
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public synchronized void destroy() {
		this.destroyed = true;
		if (this.writer != null && this.heartbeats != null) {
			this.heartbeats.shutdownNow();
			this.writer.shutdownNow();
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
