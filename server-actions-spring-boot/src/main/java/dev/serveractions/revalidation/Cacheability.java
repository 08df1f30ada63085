package dev.serveractions.revalidation;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The rules of what the response cache may use and keep, as pure functions of the request and
 * response facts they depend on.
 */
final class Cacheability {

	private Cacheability() {
	}

	/**
	 * Whether a request may be answered from, and stored in, the cache. A request of an
	 * authenticated user only when the annotation opts in ({@link CachedResponse#authenticated()},
	 * one entry per user). A request carrying {@code Authorization} only when the annotation says
	 * the answer is the same for everyone ({@link CachedResponse#shared()}), or it is such a
	 * user's own entry.
	 * @param authenticated whether the request has a user principal
	 * @param authorization whether the request carries an {@code Authorization} header
	 * @param policy the handler's annotation
	 */
	static boolean forRequest(boolean authenticated, boolean authorization, CachedResponse policy) {
		if (authenticated && !policy.authenticated()) {
			return false;
		}
		return !authorization || policy.shared() || authenticated;
	}

	/**
	 * Whether a render that used the session may be stored: when the annotation says the answer
	 * is the same for everyone, or the entry is an authenticated user's own.
	 */
	static boolean forSessionUse(boolean authenticated, CachedResponse policy) {
		return policy.shared() || (authenticated && policy.authenticated());
	}

	/**
	 * The request headers a response varies on, in lower case, or {@code null} when it may not
	 * be stored at all: it varies on everything ({@code *}) or on {@code Cookie}, which would
	 * make one entry per visitor and could hold one visitor's answer.
	 */
	static @Nullable Set<String> variedHeaders(HttpHeaders headers) {
		Set<String> names = new TreeSet<>();
		for (String value : headers.getValuesAsList(HttpHeaders.VARY)) {
			String name = value.trim().toLowerCase(Locale.ROOT);
			if (name.equals("*") || name.equals("cookie")) {
				return null;
			}
			if (!name.isEmpty()) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * Whether a rendered response may be stored: a complete 2xx answer other than 206 that sets
	 * no cookie, says neither {@code Cache-Control: private} nor {@code no-store}, and does not
	 * vary on everything or on cookies.
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
		return variedHeaders(headers) != null;
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
