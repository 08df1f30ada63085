package dev.serveractions.revalidation;

import java.util.Collection;
import java.util.Locale;

import org.springframework.http.HttpHeaders;

/**
 * The rules of what the response cache may use and keep, as pure functions of the request and
 * response facts they depend on.
 */
final class Cacheability {

	private Cacheability() {
	}

	/**
	 * Whether a request may be answered from, and stored in, the cache: always for anonymous
	 * requests, for an authenticated user's only when the annotation opts in.
	 */
	static boolean forRequest(boolean authenticated, CachedResponse policy) {
		return !authenticated || policy.authenticated();
	}

	/**
	 * Whether a rendered response may be stored: a complete 2xx answer other than 206 that sets
	 * no cookie, says neither {@code Cache-Control: private} nor {@code no-store}, and does not
	 * vary on everything.
	 * @param status the status
	 * @param headers the response headers (names are matched ignoring case)
	 * @param complete whether the body was fully captured (not committed early, not async)
	 */
	static boolean forResponse(int status, HttpHeaders headers, boolean complete) {
		if (!complete || status < 200 || status >= 300 || status == 206) {
			return false;
		}
		if (headers.containsHeader(HttpHeaders.SET_COOKIE)) {
			return false;
		}
		if (anyContains(headers.getValuesAsList(HttpHeaders.CACHE_CONTROL), "no-store", "private")) {
			return false;
		}
		return !headers.getValuesAsList(HttpHeaders.VARY).contains("*");
	}

	private static boolean anyContains(Collection<String> values, String... words) {
		for (String value : values) {
			String lower = value.toLowerCase(Locale.ROOT);
			for (String word : words) {
				if (lower.contains(word)) {
					return true;
				}
			}
		}
		return false;
	}

}
