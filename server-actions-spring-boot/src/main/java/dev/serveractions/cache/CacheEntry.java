package dev.serveractions.cache;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One cached response or fragment, as a {@link CacheStore} keeps it. Entries are values: a store
 * keeps and returns them as they are.
 *
 * <pre class="code">
 * CacheEntry entry = new CacheEntry("response /todos", Set.of("todos", "page:/todos"), 200,
 *         Map.of("Content-Type", List.of("text/html")), html, false, 300, generation,
 *         System.currentTimeMillis());
 * store.put(entry);
 * </pre>
 *
 * @param key the key the entry is stored under
 * @param tags its tags: the explicit ones plus {@code page:<path>} and {@code layout:<prefix>}
 * tags for the request path it was rendered for
 * @param status the HTTP status (200 for fragments)
 * @param headers the response headers to replay (empty for fragments)
 * @param body the rendered bytes (UTF-8 text for fragments)
 * @param placeholders whether the body holds per-request form field placeholders to fill
 * @param revalidateSeconds seconds after which the entry is stale, or 0 for never
 * @param generation when its render started, on the revalidation clock: an entry whose render
 * started before a revalidation of one of its tags is never served
 * @param createdAtMillis wall-clock time of the render, for {@code revalidateSeconds}
 * @since 0.1
 */
public record CacheEntry(String key, Set<String> tags, int status, Map<String, List<String>> headers, byte[] body,
		boolean placeholders, long revalidateSeconds, long generation, long createdAtMillis) {

	/**
	 * An estimate of the memory the entry takes, in bytes, including its share of a store's
	 * tag index.
	 * @return the weight in bytes
	 */
	public int weight() {
		long weight = 160L + this.body.length + 2L * this.key.length();
		for (String tag : this.tags) {
			weight += 120L + 2L * tag.length();
		}
		for (Map.Entry<String, List<String>> header : this.headers.entrySet()) {
			weight += 64L + 2L * header.getKey().length();
			for (String value : header.getValue()) {
				weight += 48L + 2L * value.length();
			}
		}
		return (int) Math.min(Integer.MAX_VALUE, weight);
	}

	/**
	 * Whether the entry is past its {@link #revalidateSeconds()} at the given time.
	 * @param nowMillis wall-clock time in milliseconds
	 * @return whether it is stale by age
	 */
	public boolean isStaleAt(long nowMillis) {
		return this.revalidateSeconds > 0 && nowMillis - this.createdAtMillis >= this.revalidateSeconds * 1000L;
	}

	/**
	 * The same entry with another {@link #generation()}.
	 * @param generation the render's start on the revalidation clock
	 * @return a copy carrying that generation
	 */
	public CacheEntry withGeneration(long generation) {
		return new CacheEntry(this.key, this.tags, this.status, this.headers, this.body, this.placeholders,
				this.revalidateSeconds, generation, this.createdAtMillis);
	}

}
