package dev.serveractions.actuate;

import java.util.function.ToDoubleFunction;

import dev.serveractions.cache.CacheStore;
import dev.serveractions.cache.CaffeineCacheStore;
import dev.serveractions.revalidation.CacheLookups;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * The cache meters: {@code serveractions.cache.gets} by {@code result} ({@code hit},
 * {@code miss}, {@code stale}), counted where a look-up decides whether an entry may be served;
 * and for the in-process store, Caffeine's own figures: {@code serveractions.cache.size},
 * {@code serveractions.cache.bytes}, {@code serveractions.cache.max.bytes} and
 * {@code serveractions.cache.evictions} (from Caffeine's recorded statistics). Caffeine's own
 * hit and miss counts are not bound: an entry a revalidation expired is a Caffeine hit but a
 * miss for the application.
 */
final class CacheMeters implements MeterBinder {

	private final CacheLookups lookups;

	private final @Nullable CacheStore store;

	CacheMeters(CacheLookups lookups, @Nullable CacheStore store) {
		this.lookups = lookups;
		this.store = store;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gets(registry, "hit", CacheLookups::hits);
		gets(registry, "miss", CacheLookups::misses);
		gets(registry, "stale", CacheLookups::stale);
		if (this.store instanceof CaffeineCacheStore caffeine) {
			Gauge.builder("serveractions.cache.size", caffeine, CaffeineCacheStore::size)
				.description("Entries in the response and fragment cache")
				.register(registry);
			Gauge.builder("serveractions.cache.bytes", caffeine, CaffeineCacheStore::weightedSize)
				.description("Estimated size of the entries in the response and fragment cache")
				.baseUnit(BaseUnits.BYTES)
				.register(registry);
			Gauge.builder("serveractions.cache.max.bytes", caffeine, CaffeineCacheStore::maxBytes)
				.description("Bound of the response and fragment cache (server-actions.cache.max-size)")
				.baseUnit(BaseUnits.BYTES)
				.register(registry);
			FunctionCounter.builder("serveractions.cache.evictions", caffeine, CaffeineCacheStore::evictions)
				.description("Entries evicted to keep the cache within its bound")
				.register(registry);
		}
	}

	private void gets(MeterRegistry registry, String result, ToDoubleFunction<CacheLookups> count) {
		FunctionCounter.builder("serveractions.cache.gets", this.lookups, count)
			.tag("result", result)
			.description("Look-ups of the response and fragment cache")
			.register(registry);
	}

}
