package dev.serveractions.revalidation;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the response and fragment caches, bound by the auto-configuration from
 * {@code server-actions.cache.*}.
 *
 * @param variantHeaders request headers whose values make distinct cached responses, besides
 * {@code Accept-Language}
 * @param renderWait how long a request waits for a concurrent render of the same entry before
 * rendering on its own
 */
public record ResponseCacheSettings(List<String> variantHeaders, Duration renderWait) {

	/**
	 * The defaults: variants by {@code Accept} and {@code HX-Request}, 30 seconds of waiting.
	 * @return the default settings
	 */
	public static ResponseCacheSettings defaults() {
		return new ResponseCacheSettings(List.of("Accept", "HX-Request"), Duration.ofSeconds(30));
	}

}
