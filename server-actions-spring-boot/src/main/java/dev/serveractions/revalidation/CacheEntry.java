package dev.serveractions.revalidation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One cached response or fragment, as a {@link CacheStore} keeps it.
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
 */
public record CacheEntry(String key, Set<String> tags, int status, Map<String, List<String>> headers, byte[] body,
		boolean placeholders, long revalidateSeconds, long generation, long createdAtMillis) {

	/**
	 * A new entry rendered for a request path; its path tags are added to {@code tags}.
	 * @param key the key
	 * @param path the request path (without query string or context path)
	 * @param tags the explicit tags
	 * @param revalidateSeconds seconds until stale, 0 for never
	 * @param status the HTTP status
	 * @param headers the headers to replay
	 * @param body the bytes
	 * @param placeholders whether the body holds form field placeholders
	 * @return the entry; {@link RenderCache} stamps its generation when storing it
	 */
	public static CacheEntry forPath(String key, String path, Iterable<String> tags, long revalidateSeconds,
			int status, Map<String, List<String>> headers, byte[] body, boolean placeholders) {
		Set<String> all = new LinkedHashSet<>();
		tags.forEach(all::add);
		all.addAll(PathTags.of(path));
		return new CacheEntry(key, Set.copyOf(all), status, Map.copyOf(headers), body, placeholders,
				revalidateSeconds, 0, System.currentTimeMillis());
	}

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

	boolean isStaleAt(long nowMillis) {
		return this.revalidateSeconds > 0 && nowMillis - this.createdAtMillis >= this.revalidateSeconds * 1000L;
	}

	CacheEntry stamped(long generation) {
		return new CacheEntry(this.key, this.tags, this.status, this.headers, this.body, this.placeholders,
				this.revalidateSeconds, generation, this.createdAtMillis);
	}

}
