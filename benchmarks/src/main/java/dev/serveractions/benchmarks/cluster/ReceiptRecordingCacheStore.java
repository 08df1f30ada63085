package dev.serveractions.benchmarks.cluster;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import dev.serveractions.cache.CacheEntry;
import dev.serveractions.cache.CacheStore;
import org.jspecify.annotations.Nullable;

/**
 * The receiving instance's store in the latency benchmark: the in-process store, plus the
 * wall-clock time (microseconds) at which a revalidation of a {@code latency-} tag reached it.
 * Only the receiving instance has it ({@code benchmark.cluster.record-receipts=true}).
 */
final class ReceiptRecordingCacheStore implements CacheStore {

	static final String PREFIX = "latency-";

	private final CacheStore store;

	private final ConcurrentHashMap<String, CompletableFuture<Long>> receipts = new ConcurrentHashMap<>();

	ReceiptRecordingCacheStore(CacheStore store) {
		this.store = store;
	}

	/** When a revalidation of the tag arrived, in microseconds since the epoch. */
	CompletableFuture<Long> receipt(String tag) {
		return this.receipts.computeIfAbsent(tag, (key) -> new CompletableFuture<>());
	}

	void forget(String tag) {
		this.receipts.remove(tag);
	}

	@Override
	public int removeTagged(Collection<String> tags) {
		int removed = this.store.removeTagged(tags);
		for (String tag : tags) {
			if (tag.startsWith(PREFIX)) {
				receipt(tag).complete(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
			}
		}
		return removed;
	}

	@Override
	public @Nullable CacheEntry get(String key) {
		return this.store.get(key);
	}

	@Override
	public void put(CacheEntry entry) {
		this.store.put(entry);
	}

	@Override
	public void remove(String key, CacheEntry entry) {
		this.store.remove(key, entry);
	}

	@Override
	public int countTagged(Collection<String> tags) {
		return this.store.countTagged(tags);
	}

	@Override
	public void clear() {
		this.store.clear();
	}

}
