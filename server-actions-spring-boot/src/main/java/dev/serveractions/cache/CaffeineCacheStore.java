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
 * the entries it removes. The Caffeine cache is built on the first {@link #put(CacheEntry)}, so
 * an application that caches nothing does not load it at startup.
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

	private volatile @Nullable Cache<String, CacheEntry> cache;

	private final ConcurrentHashMap<String, Set<String>> keysByTag = new ConcurrentHashMap<>();

	private final long maxBytes;

	/**
	 * A store that keeps at most {@code maxBytes} of entries, evicting the least useful first.
	 * @param maxBytes the bound, in bytes as {@link CacheEntry#weight()} estimates them
	 */
	public CaffeineCacheStore(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The cache, built on first use (loading Caffeine costs startup time). */
	private Cache<String, CacheEntry> cache() {
		Cache<String, CacheEntry> cache = this.cache;
		if (cache == null) {
			synchronized (this.keysByTag) {
				cache = this.cache;
				if (cache == null) {
					cache = Caffeine.newBuilder()
						.maximumWeight(this.maxBytes)
						.weigher((String key, CacheEntry entry) -> entry.weight())
						.evictionListener(this::evicted)
						.executor(Runnable::run)
						.recordStats()
						.build();
					this.cache = cache;
				}
			}
		}
		return cache;
	}

	/** The entries, or {@code null} before the first {@link #put(CacheEntry)}: none yet. */
	private @Nullable ConcurrentMap<String, CacheEntry> entriesIfAny() {
		Cache<String, CacheEntry> cache = this.cache;
		return (cache != null) ? cache.asMap() : null;
	}

	@Override
	public @Nullable CacheEntry get(String key) {
		Cache<String, CacheEntry> cache = this.cache;
		return (cache != null) ? cache.getIfPresent(key) : null;
	}

	@Override
	public void put(CacheEntry entry) {
		cache().asMap().compute(entry.key(), (key, previous) -> {
			if (previous != null) {
				unindex(previous);
			}
			index(entry);
			return entry;
		});
	}

	@Override
	public void remove(String key, CacheEntry entry) {
		ConcurrentMap<String, CacheEntry> entries = entriesIfAny();
		if (entries == null) {
			return;
		}
		entries.computeIfPresent(key, (k, current) -> {
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
		ConcurrentMap<String, CacheEntry> entries = entriesIfAny();
		if (entries == null) {
			return 0;
		}
		for (String key : keysTagged(tags)) {
			entries.computeIfPresent(key, (k, entry) -> {
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
		Cache<String, CacheEntry> cache = this.cache;
		if (cache != null) {
			cache.invalidateAll();
		}
		this.keysByTag.clear();
	}

	/**
	 * How many entries the store holds.
	 * @return the number of entries
	 */
	public long size() {
		Cache<String, CacheEntry> cache = this.cache;
		if (cache == null) {
			return 0;
		}
		cache.cleanUp();
		return cache.estimatedSize();
	}

	/**
	 * The summed weight of the entries.
	 * @return the estimated bytes held
	 */
	public long weightedSize() {
		Cache<String, CacheEntry> cache = this.cache;
		if (cache == null) {
			return 0;
		}
		cache.cleanUp();
		return cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
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
		Cache<String, CacheEntry> cache = this.cache;
		return (cache != null) ? cache.stats().evictionCount() : 0;
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
