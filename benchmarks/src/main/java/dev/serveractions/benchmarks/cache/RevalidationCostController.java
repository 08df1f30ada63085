package dev.serveractions.benchmarks.cache;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.serveractions.cache.CacheEntry;
import dev.serveractions.cache.CacheStore;
import dev.serveractions.revalidation.RevalidationService;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Measures {@code revalidateTag} on the application's own store: median time to expire 10
 * tagged entries with no other entries, and with {@code unrelated} entries carrying other
 * tags. Called by {@code benchmarks/run.sh} (variant {@code revalidate-tag}); clears the cache.
 */
@RestController
public class RevalidationCostController {

	private static final byte[] BODY = "<tr><td>row</td></tr>".repeat(10).getBytes();

	private final CacheStore store;

	private final RevalidationService revalidation;

	RevalidationCostController(CacheStore store, RevalidationService revalidation) {
		this.store = store;
		this.revalidation = revalidation;
	}

	@PostMapping("/cache/bench/revalidate-tag")
	Map<String, Object> measure(@RequestParam(defaultValue = "100000") int unrelated,
			@RequestParam(defaultValue = "2000") int iterations) {
		Map<String, Object> result = new LinkedHashMap<>();
		this.store.clear();
		median(iterations); // warm-up
		long none = median(iterations);
		for (int i = 0; i < unrelated; i++) {
			String key = "/unrelated/" + i;
			this.store.put(entry(key, "other-" + (i % 1000)));
		}
		long many = median(iterations);
		this.store.clear();
		result.put("unrelatedEntries", unrelated);
		result.put("medianNanosWithNone", none);
		result.put("medianNanosWithUnrelated", many);
		result.put("ratio", (double) many / Math.max(1, none));
		return result;
	}

	private long median(int iterations) {
		long[] samples = new long[iterations];
		for (int i = 0; i < iterations; i++) {
			for (int e = 0; e < 10; e++) {
				String key = "/hot/" + e;
				this.store.put(entry(key, "hot"));
			}
			long start = System.nanoTime();
			int dropped = this.revalidation.revalidateTag("hot");
			samples[i] = System.nanoTime() - start;
			if (dropped != 10) {
				throw new IllegalStateException("expected 10 entries dropped, got " + dropped);
			}
		}
		Arrays.sort(samples);
		return samples[iterations / 2];
	}

	/** An entry as the response cache stores one: its tag plus the path tags of its key. */
	private static CacheEntry entry(String path, String tag) {
		Set<String> tags = Set.of(tag, "page:" + path, "layout:/", "layout:" + path.substring(0, path.lastIndexOf('/')),
				"layout:" + path);
		return new CacheEntry(path, tags, 200, Map.of(), BODY, false, 0, 0, System.currentTimeMillis());
	}

}
