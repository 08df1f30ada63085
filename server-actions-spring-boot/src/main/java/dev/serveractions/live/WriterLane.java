package dev.serveractions.live;

import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One writer thread and the streams waiting for it. A revalidation that reaches thousands of
 * streams queues each once and wakes the thread once; the thread then writes them one after the
 * other, the same event bytes to each (encoded once per revalidation time).
 */
final class WriterLane {

	private final ExecutorService thread;

	private final Queue<Connection> due = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean draining = new AtomicBoolean();

	private long encodedTime = -1;

	private byte[] encoded = new byte[0];

	WriterLane(ThreadFactory threads) {
		this.thread = Executors.newSingleThreadExecutor(threads);
	}

	/** Queues a refresh event for the connection (the caller made sure it is queued once). */
	void refresh(Connection connection) {
		this.due.add(connection);
		if (this.draining.compareAndSet(false, true)) {
			run(this::drain);
		}
	}

	/** Runs a task on this lane's thread, after what is queued before it. */
	void run(Runnable task) {
		this.thread.execute(task);
	}

	private void drain() {
		while (true) {
			Connection connection = this.due.poll();
			if (connection == null) {
				this.draining.set(false);
				if (this.due.isEmpty() || !this.draining.compareAndSet(false, true)) {
					return;
				}
				continue;
			}
			connection.queued().set(false);
			write(connection, event(connection.pending().get()));
		}
	}

	private byte[] event(long time) {
		if (time != this.encodedTime) {
			this.encodedTime = time;
			this.encoded = ("event:refresh\nid:" + time + "\ndata:" + time + "\n\n").getBytes(StandardCharsets.US_ASCII);
		}
		return this.encoded;
	}

	/** Writes the bytes to the stream on this lane's thread; a stream whose write fails has ended. */
	void write(Connection connection, byte[] bytes) {
		connection.stream().write(bytes);
	}

	void shutdown() {
		this.thread.shutdownNow();
	}

}
