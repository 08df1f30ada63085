package dev.serveractions.revalidation;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import dev.serveractions.cache.CacheEntry;
import dev.serveractions.cache.CacheStore;

/**
 * The {@link KeyShape} learned for each response key base, kept in the cache store beside the
 * responses (so it is bounded, evicted and shared like them). A shape only ever grows; one that
 * was evicted is learned again by the next render. Losing one never serves a wrong answer: a
 * key names every part of its shape, so an entry is only found by a request whose key was made
 * with the same shape and the same values.
 */
final class KeyShapes {

	private final CacheStore store;

	KeyShapes(CacheStore store) {
		this.store = store;
	}

	/** The shape to look {@code base} up with: what its handler declares and what was learned. */
	KeyShape of(String base, KeyShape declared) {
		CacheEntry learned = this.store.get(keyOf(base));
		return (learned != null) ? declared.with(KeyShape.parse(new String(learned.body(), StandardCharsets.UTF_8)))
				: declared;
	}

	/** Keeps {@code shape} as the shape of {@code base}. */
	void learn(String base, KeyShape shape) {
		// with what a concurrent render may have learned meanwhile; a race loses nothing but a hit
		CacheEntry current = this.store.get(keyOf(base));
		KeyShape known = (current != null) ? KeyShape.parse(new String(current.body(), StandardCharsets.UTF_8)) : null;
		KeyShape all = (known != null) ? shape.with(known) : shape;
		if (all.equals(known)) {
			return;
		}
		this.store.put(new CacheEntry(keyOf(base), Set.of(), 200, Map.of(),
				all.format().getBytes(StandardCharsets.UTF_8), false, 0, 0, System.currentTimeMillis()));
	}

	private static String keyOf(String base) {
		return "shape " + base;
	}

}
