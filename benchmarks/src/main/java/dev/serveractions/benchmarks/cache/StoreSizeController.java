package dev.serveractions.benchmarks.cache;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.serveractions.cache.CacheStore;
import dev.serveractions.cache.CaffeineCacheStore;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The in-process store's entries, estimated bytes, bound and evictions, for
 * {@code benchmarks/run.sh} (group {@code keyflood}).
 */
@RestController
public class StoreSizeController {

	private final CacheStore store;

	StoreSizeController(CacheStore store) {
		this.store = store;
	}

	@GetMapping("/cache/bench/store")
	Map<String, Object> size() {
		Map<String, Object> result = new LinkedHashMap<>();
		if (this.store instanceof CaffeineCacheStore caffeine) {
			result.put("entries", caffeine.size());
			result.put("bytes", caffeine.weightedSize());
			result.put("maxBytes", caffeine.maxBytes());
			result.put("evictions", caffeine.evictions());
		}
		return result;
	}

}
