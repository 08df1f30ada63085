package dev.serveractions.revalidation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.serveractions.cache.CacheEntry;

/**
 * What a render of the {@link RenderCache} is for: the key, the request path it is rendered for
 * (which gives its path tags), its explicit tags and its revalidate seconds.
 */
record RenderTarget(String key, String path, Collection<String> tags, long revalidateSeconds) {

	/** The same target under another key. */
	RenderTarget withKey(String key) {
		return new RenderTarget(key, this.path, this.tags, this.revalidateSeconds);
	}

	/** The entry to store for what the render produced. */
	CacheEntry entry(RenderCache.Output output, long generation) {
		Set<String> all = new LinkedHashSet<>(this.tags);
		all.addAll(PathTags.of(this.path));
		return new CacheEntry(this.key, Set.copyOf(all), output.status(), Map.copyOf(output.headers()),
				output.body(), FormFieldPlaceholders.holdsPlaceholders(output.body()), this.revalidateSeconds,
				generation, System.currentTimeMillis());
	}

}
