package dev.serveractions.cache;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.jspecify.annotations.Nullable;

/**
 * The in-process {@link CacheStore}: Caffeine, bounded by the summed {@link CacheEntry#weight()
 * weight} of its entries, with a tag index so that {@link #removeTagged(Collection)} touches only
 * the entries it removes.
 *
 * <pre class="code">
 * &#64;Bean
 * CacheStore cacheStore() {
 *     return new CaffeineCacheStore(DataSize.ofMegabytes(256).toBytes());
 * }
 * </pre>
 *
 * @since 0.1
 */
public final class CaffeineCacheStore implements CacheStore {

	private final Cache<String, CacheEntry> cache;

	private final ConcurrentMap<String, CacheEntry> entries;

	private final ConcurrentHashMap<String, Set<String>> keysByTag = new ConcurrentHashMap<>();

	private final long maxBytes;

	/**
	 * A store that keeps at most {@code maxBytes} of entries, evicting the least useful first.
	 * @param maxBytes the bound, in bytes as {@link CacheEntry#weight()} estimates them
	 */
	public CaffeineCacheStore(long maxBytes) {
		this.maxBytes = maxBytes;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, CacheEntry entry) -> entry.weight())
			.evictionListener(this::evicted)
			.executor(Runnable::run)
			.recordStats()
			.build();
		this.entries = this.cache.asMap();
	}

	@Override
	public @Nullable CacheEntry get(String key) {
		return this.cache.getIfPresent(key);
	}

	@Override
	public void put(CacheEntry entry) {
		this.entries.compute(entry.key(), (key, previous) -> {
			if (previous != null) {
				unindex(previous);
			}
			index(entry);
			return entry;
		});
	}

	@Override
	public void remove(String key, CacheEntry entry) {
		this.entries.computeIfPresent(key, (k, current) -> {
			if (current != entry) {
				return current;
			}
			unindex(current);
			return null;
		});
	}

	@Override
	public int removeTagged(Collection<String> tags) {
		int[] removed = { 0 };
		for (String key : keysTagged(tags)) {
			this.entries.computeIfPresent(key, (k, entry) -> {
				if (!carriesAny(entry, tags)) {
					return entry;
				}
				unindex(entry);
				removed[0]++;
				return null;
			});
		}
		return removed[0];
	}

	@Override
	public int countTagged(Collection<String> tags) {
		return keysTagged(tags).size();
	}

	@Override
	public void clear() {
		this.cache.invalidateAll();
		this.keysByTag.clear();
	}

	/**
	 * How many entries the store holds.
	 * @return the number of entries
	 */
	public long size() {
		this.cache.cleanUp();
		return this.cache.estimatedSize();
	}

	/**
	 * The summed weight of the entries.
	 * @return the estimated bytes held
	 */
	public long weightedSize() {
		this.cache.cleanUp();
		return this.cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
	}

	/**
	 * The bound this store was created with.
	 * @return the bound in bytes
	 */
	public long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * How many entries Caffeine evicted to stay within the bound (revalidations are not
	 * evictions).
	 * @return the eviction count since startup
	 */
	public long evictions() {
		return this.cache.stats().evictionCount();
	}

	/**
	 * The tags that carry the most entries, largest first.
	 * @param limit how many tags at most
	 * @return entry counts by tag, in descending order of count
	 */
	public Map<String, Integer> largestTags(int limit) {
		Map<String, Integer> largest = new LinkedHashMap<>();
		this.keysByTag.entrySet()
			.stream()
			.map((entry) -> Map.entry(entry.getKey(), entry.getValue().size()))
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.forEach((entry) -> largest.put(entry.getKey(), entry.getValue()));
		return largest;
	}

	/** How many (tag, key) pairs the index holds. */
	long indexSize() {
		return this.keysByTag.values().stream().mapToLong(Set::size).sum();
	}

	private Set<String> keysTagged(Collection<String> tags) {
		Set<String> keys = new HashSet<>();
		for (String tag : tags) {
			Set<String> tagged = this.keysByTag.get(tag);
			if (tagged != null) {
				keys.addAll(tagged);
			}
		}
		return keys;
	}

	private static boolean carriesAny(CacheEntry entry, Collection<String> tags) {
		for (String tag : tags) {
			if (entry.tags().contains(tag)) {
				return true;
			}
		}
		return false;
	}

	private void evicted(@Nullable String key, @Nullable CacheEntry entry, RemovalCause cause) {
		if (entry != null) {
			unindex(entry);
		}
	}

	private void index(CacheEntry entry) {
		for (String tag : entry.tags()) {
			this.keysByTag.compute(tag, (t, keys) -> {
				Set<String> result = (keys != null) ? keys : ConcurrentHashMap.newKeySet();
				result.add(entry.key());
				return result;
			});
		}
	}

	private void unindex(CacheEntry entry) {
		for (String tag : entry.tags()) {
			this.keysByTag.computeIfPresent(tag, (t, keys) -> {
				keys.remove(entry.key());
				return keys.isEmpty() ? null : keys;
			});
		}
	}

}
