package dev.serveractions.cache;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * Where cached responses and fragments live. The default is {@link CaffeineCacheStore}, bounded
 * in bytes ({@code server-actions.cache.max-size}); declare a bean of this type to replace it.
 *
 * <p>A store only keeps entries and finds them by tag. Whether an entry is still fresh is
 * decided by the caller from the entry's {@link CacheEntry#generation() generation}, so a store
 * may keep an entry a little longer than asked without anyone being served it. Methods must be
 * safe for concurrent use and should never throw: a failing store answers {@code null} or
 * {@code 0} and the application renders as if nothing were cached.
 *
 * <pre class="code">
 * &#64;Bean
 * CacheStore cacheStore(RedisConnectionFactory redis) {
 *     return new MyRedisCacheStore(redis);   // replaces the in-process Caffeine store
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface CacheStore {

	/**
	 * The entry under {@code key}, if any.
	 * @param key the key
	 * @return the entry or {@code null}
	 */
	@Nullable CacheEntry get(String key);

	/**
	 * Stores an entry under its key, replacing any other.
	 * @param entry the entry
	 */
	void put(CacheEntry entry);

	/**
	 * Removes the entry under {@code key} if it is {@code entry}.
	 * @param key the key
	 * @param entry the entry expected under it
	 */
	void remove(String key, CacheEntry entry);

	/**
	 * Removes every entry that carries any of the tags. Must cost in proportion to the entries
	 * removed, not to the size of the store.
	 * @param tags the tags
	 * @return how many entries were removed
	 */
	int removeTagged(Collection<String> tags);

	/**
	 * Counts the entries that carry any of the tags, at the same cost as
	 * {@link #removeTagged(Collection)}.
	 * @param tags the tags
	 * @return how many entries carry them
	 */
	int countTagged(Collection<String> tags);

	/**
	 * Removes everything.
	 */
	void clear();

}
