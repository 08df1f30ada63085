package dev.serveractions.cache;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Contributes to the key of every cached response and fragment: requests that get different
 * values get different entries. Declare beans of this type. Server actions use one for the
 * version of their signing keyring, so that cached HTML never posts to action ids or
 * signatures that no longer verify.
 *
 * <pre class="code">
 * &#64;Bean
 * CacheVariant tenantVariant() {
 *     return (request) -&gt; request.getHeader("X-Tenant");
 * }
 * </pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CacheVariant {

	/**
	 * The value of this variant for a request.
	 * @param request the current request
	 * @return the value, or {@code null} for none
	 */
	@Nullable String variant(HttpServletRequest request);

}
