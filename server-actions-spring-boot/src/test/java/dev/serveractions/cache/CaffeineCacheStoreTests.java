package dev.serveractions.cache;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaffeineCacheStoreTests {

	@Test
	void memoryStaysUnderTheCapWhileAMillionDistinctKeysAreStored() {
		long cap = 4L * 1024 * 1024;
		CaffeineCacheStore store = new CaffeineCacheStore(cap);
		byte[] page = "<li>row</li>".repeat(20).getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < 1_000_000; i++) {
			String key = "/items/" + i;
			if (store.get(key) == null) {
				store.put(entry(key, page, "items", "page:" + key, "layout:/", "layout:/items", "layout:" + key));
			}
			if (i % 100_000 == 0) {
				assertThat(store.weightedSize()).isLessThanOrEqualTo(cap);
			}
		}
		assertThat(store.weightedSize()).isLessThanOrEqualTo(cap);
		assertThat(store.size()).isBetween(1_000L, 20_000L);
		// the tag index shrinks with evictions: one (tag, key) pair per tag of each live entry
		assertThat(store.indexSize()).isEqualTo(store.size() * 5);
		assertThat(store.get("/items/999999")).isNotNull();
		long live = store.size();
		assertThat(store.removeTagged(List.of("items"))).isEqualTo(live);
		assertThat(store.size()).isZero();
		assertThat(store.indexSize()).isZero();
	}

	@Test
	void removingByTagReachesOnlyTheEntriesThatCarryIt() {
		CaffeineCacheStore store = new CaffeineCacheStore(1024 * 1024);
		store.put(entry("a", new byte[1], "todos"));
		store.put(entry("b", new byte[1], "todos", "users"));
		store.put(entry("c", new byte[1], "users"));
		assertThat(store.countTagged(List.of("todos"))).isEqualTo(2);
		assertThat(store.removeTagged(List.of("todos"))).isEqualTo(2);
		assertThat(store.get("a")).isNull();
		assertThat(store.get("c")).isNotNull();
		assertThat(store.indexSize()).isOne();
	}

	@Test
	void anEntryIsRemovedByKeyOnlyIfItIsTheOneExpected() {
		CaffeineCacheStore store = new CaffeineCacheStore(1024 * 1024);
		CacheEntry first = entry("a", new byte[1], "todos");
		CacheEntry second = entry("a", new byte[2], "todos");
		store.put(first);
		store.put(second);
		store.remove("a", first);
		assertThat(store.get("a")).isSameAs(second);
	}

	@Test
	void evictionsAreCountedButRemovalsByTagAreNot() {
		CaffeineCacheStore store = new CaffeineCacheStore(64 * 1024);
		store.put(entry("a", new byte[100], "todos"));
		store.removeTagged(List.of("todos"));
		assertThat(store.evictions()).isZero();
		for (int i = 0; i < 100; i++) {
			store.put(entry("/items/" + i, new byte[4096], "items"));
		}
		assertThat(store.size()).isLessThan(100);
		assertThat(store.evictions()).isEqualTo(100 - store.size());
		assertThat(store.maxBytes()).isEqualTo(64 * 1024);
	}

	@Test
	void theLargestTagsComeFirst() {
		CaffeineCacheStore store = new CaffeineCacheStore(1024 * 1024);
		store.put(entry("a", new byte[1], "todos", "users"));
		store.put(entry("b", new byte[1], "todos"));
		store.put(entry("c", new byte[1], "todos", "users", "admins"));
		assertThat(store.largestTags(2)).containsExactly(Map.entry("todos", 3), Map.entry("users", 2));
	}

	private static CacheEntry entry(String key, byte[] body, String... tags) {
		return new CacheEntry(key, Set.of(tags), 200, Map.of(), body, false, 0, 1, System.currentTimeMillis());
	}

}
