package dev.serveractions.revalidation.app;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/** Counts how often each handler ran, and lets a test hold a handler mid-render. */
@Component
public class Renders {

	private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private volatile CountDownLatch gate = new CountDownLatch(0);

	public int next(String name) {
		return this.counts.computeIfAbsent(name, (n) -> new AtomicInteger()).incrementAndGet();
	}

	public int count(String name) {
		AtomicInteger count = this.counts.get(name);
		return (count != null) ? count.get() : 0;
	}

	public void hold() {
		this.gate = new CountDownLatch(1);
	}

	public void release() {
		this.gate.countDown();
	}

	public void passGate() {
		try {
			this.gate.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public void reset() {
		this.counts.clear();
		this.gate = new CountDownLatch(0);
	}

}
