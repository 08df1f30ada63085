package dev.serveractions.redis;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Requests sent in loops by a few threads until {@link #stop()}: counts them, keeps what failed
 * (not 2xx, or an exception) and the slowest time.
 */
final class Load implements AutoCloseable {

	private final ExecutorService threads;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final AtomicInteger done = new AtomicInteger();

	private final AtomicLong slowestNanos = new AtomicLong();

	private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

	Load(List<Supplier<HttpResponse<String>>> loops) {
		this.threads = Executors.newFixedThreadPool(loops.size());
		for (Supplier<HttpResponse<String>> loop : loops) {
			this.threads.execute(() -> {
				while (this.running.get()) {
					long start = System.nanoTime();
					try {
						HttpResponse<String> response = loop.get();
						if (response.statusCode() / 100 != 2) {
							this.failures.add(response.request().method() + " " + response.uri() + " answered "
									+ response.statusCode());
						}
					}
					catch (RuntimeException ex) {
						this.failures.add(ex.toString());
					}
					this.slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
					this.done.incrementAndGet();
				}
			});
		}
	}

	int done() {
		return this.done.get();
	}

	long slowestMillis() {
		return TimeUnit.NANOSECONDS.toMillis(this.slowestNanos.get());
	}

	List<String> failures() {
		return List.copyOf(this.failures);
	}

	void stop() {
		this.running.set(false);
		this.threads.shutdown();
		try {
			this.threads.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		stop();
	}

}
