package dev.serveractions.revalidation;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.serveractions.cache.CacheVariant;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The one place where cache keys are made, for whole responses and for fragments. Both end with
 * the values of the application's {@link CacheVariant}s (the keyring version of server actions
 * among them), so no entry outlives a change of any of them.
 */
final class CacheKeys {

	private final List<String> variantHeaders;

	private final List<CacheVariant> variants;

	/**
	 * @param variantHeaders request headers whose values make distinct responses;
	 * {@code Accept-Language} is always one
	 * @param variants the application's variants
	 */
	CacheKeys(List<String> variantHeaders, List<CacheVariant> variants) {
		List<String> headers = new ArrayList<>();
		headers.add(HttpHeaders.ACCEPT_LANGUAGE);
		variantHeaders.stream()
			.filter((header) -> !header.equalsIgnoreCase(HttpHeaders.ACCEPT_LANGUAGE))
			.forEach(headers::add);
		this.variantHeaders = List.copyOf(headers);
		this.variants = List.copyOf(variants);
	}

	/** A whole response: the URI with its query, the variant headers and the user, if any. */
	String response(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(128).append("response ").append(request.getRequestURI());
		String query = request.getQueryString();
		if (query != null) {
			key.append('?').append(query);
		}
		for (String header : this.variantHeaders) {
			line(key, header, request.getHeader(header));
		}
		Principal user = request.getUserPrincipal();
		line(key, "user", (user != null) ? user.getName() : null);
		return withVariants(key, request);
	}

	/**
	 * A fragment: its name on a request path, in a locale, with the value of its
	 * {@code sa:cache-key}, if any. Fragments are shared by all users.
	 */
	String fragment(HttpServletRequest request, String name, String path, Locale locale, @Nullable String key) {
		StringBuilder result = new StringBuilder(96).append("fragment ").append(name);
		line(result, "path", path);
		line(result, "locale", locale.toString());
		line(result, "key", key);
		return withVariants(result, request);
	}

	private String withVariants(StringBuilder key, HttpServletRequest request) {
		for (CacheVariant variant : this.variants) {
			line(key, "variant", variant.variant(request));
		}
		return key.toString();
	}

	private static void line(StringBuilder key, String name, @Nullable String value) {
		if (value != null) {
			key.append('\n').append(name).append(": ").append(value);
		}
	}

}
