package dev.serveractions.actuate;

import java.util.Map;

import dev.serveractions.cache.CacheStore;
import dev.serveractions.cache.CaffeineCacheStore;
import dev.serveractions.revalidation.CacheLookups;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The state of the cache: the look-up counts, and for the in-process Caffeine store its size,
 * bound, evictions and largest tags. A store of the application's own shows the counts only.
 */
final class CacheDescription {

	/** How many of the largest tags the endpoint lists. */
	static final int LARGEST_TAGS = 10;

	private final ObjectProvider<CacheStore> store;

	private final ObjectProvider<CacheLookups> lookups;

	CacheDescription(ObjectProvider<CacheStore> store, ObjectProvider<CacheLookups> lookups) {
		this.store = store;
		this.lookups = lookups;
	}

	ServerActionsEndpoint.@Nullable Cache describe() {
		CacheLookups lookups = this.lookups.getIfAvailable();
		if (lookups == null) {
			return null;
		}
		if (this.store.getIfAvailable() instanceof CaffeineCacheStore caffeine) {
			return new ServerActionsEndpoint.Cache(caffeine.size(), caffeine.weightedSize(), caffeine.maxBytes(),
					lookups.hits(), lookups.misses(), lookups.stale(), caffeine.evictions(),
					caffeine.largestTags(LARGEST_TAGS));
		}
		return new ServerActionsEndpoint.Cache(null, null, null, lookups.hits(), lookups.misses(), lookups.stale(),
				null, Map.of());
	}

}
