package dev.serveractions.revalidation;

import java.security.Principal;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import dev.serveractions.cache.CacheVariant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * The one place where cache keys are made, for whole responses and for fragments. Both end with
 * the values of the application's {@link CacheVariant}s (the keyring version of server actions
 * among them), so no entry outlives a change of any of them.
 */
final class CacheKeys {

	private final List<String> variantHeaders;

	private final List<CacheVariant> variants;

	/**
	 * @param variantHeaders request headers whose values make distinct responses whatever the
	 * handler reads or its response varies on
	 * @param variants the application's variants
	 */
	CacheKeys(List<String> variantHeaders, List<CacheVariant> variants) {
		this.variantHeaders = List.copyOf(variantHeaders);
		this.variants = List.copyOf(variants);
	}

	/**
	 * What a whole response's key holds whatever its handler reads: the path (with matrix
	 * parameters only when the handler declares one), the configured variant headers, the user
	 * and the variants. The {@link KeyShape} learned for a handler is kept under this.
	 */
	String responseBase(HttpServletRequest request, boolean matrix) {
		String uri = request.getRequestURI();
		StringBuilder key = new StringBuilder(128).append("response ")
			.append(matrix ? uri : UrlPathHelper.defaultInstance.removeSemicolonContent(uri));
		for (String header : this.variantHeaders) {
			line(key, header, request.getHeader(header));
		}
		Principal user = request.getUserPrincipal();
		line(key, "user", (user != null) ? user.getName() : null);
		return withVariants(key, request);
	}

	/**
	 * A whole response's key: its base and the values of the parameters and headers of its
	 * shape, absent ones included, and the locale the application resolves (by its
	 * {@code LocaleResolver}) when the answer depends on it, so that two requests share an entry only when they agree on
	 * everything the answer depends on. Unless the answer is shared whatever the session,
	 * requests with a session have entries of their own, and none when their session holds an
	 * attribute a render of the page found absent.
	 * @return the key, or {@code null} when the request may not use the cache
	 */
	@Nullable String response(String base, HttpServletRequest request, KeyShape shape, boolean bySession) {
		StringBuilder key = new StringBuilder(base.length() + 64).append(base);
		HttpSession session = bySession ? request.getSession(false) : null;
		if (session != null) {
			key.append("\nsession");
			for (String name : shape.sessionAttributes()) {
				if (session.getAttribute(name) != null) {
					return null;
				}
			}
		}
		for (String name : shape.sessionAttributes()) {
			key.append("\nsession without ").append(encoded(name));
		}
		for (String name : shape.parameters()) {
			String[] values = request.getParameterValues(name);
			key.append("\nparam ").append(encoded(name));
			if (values != null) {
				key.append(": ");
				for (String value : values) {
					key.append(encoded(value)).append(',');
				}
			}
		}
		if (shape.allParameters()) {
			key.append("\nquery: ").append(request.getQueryString());
		}
		if (shape.locale()) {
			key.append("\nlocale: ").append(RequestContextUtils.getLocale(request).toLanguageTag());
		}
		for (String name : shape.headers()) {
			key.append("\nheader ").append(name);
			Enumeration<String> values = request.getHeaders(name);
			if (values != null) {
				key.append(':');
				while (values.hasMoreElements()) {
					key.append(' ').append(encoded(values.nextElement()));
				}
			}
		}
		return key.toString();
	}

	private static String encoded(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
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
