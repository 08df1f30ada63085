package dev.serveractions.revalidation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the response and fragment caches ({@code server-actions.cache.*}); the only
 * place their defaults are written.
 *
 * <pre class="code">
 * server-actions.cache.max-size=256MB
 * server-actions.cache.variant-headers=Accept,HX-Request,X-Tenant
 * server-actions.cache.render-wait=10s
 * </pre>
 *
 * @since 0.1
 */
@ConfigurationProperties("server-actions.cache")
public class RevalidationProperties {

	/**
	 * Upper bound of the in-process cache, as the estimated size of the stored responses and
	 * fragments; the least useful entries are evicted beyond it.
	 */
	private DataSize maxSize = DataSize.ofMegabytes(64);

	/**
	 * Request headers whose values always make distinct cached responses. Besides these, the
	 * headers a handler declares and the headers a response names in Vary do, and the resolved
	 * locale when a render depends on it.
	 */
	private List<String> variantHeaders = new ArrayList<>(List.of("Accept", "HX-Request"));

	/**
	 * How long a request waits for a concurrent render of the same entry before rendering on
	 * its own.
	 */
	private Duration renderWait = Duration.ofSeconds(30);

	/**
	 * Identical revalidations (same paths or tags, same mode) closer together than this run
	 * once, when the window ends, for all of their callers: each returns only once nothing it
	 * revalidated can be served any more. While identical revalidations keep coming within the
	 * window, it doubles after each run, up to four times this. 0 runs each on its own.
	 */
	private Duration purgeWindow = Duration.ofMillis(50);

	public DataSize getMaxSize() {
		return this.maxSize;
	}

	public void setMaxSize(DataSize maxSize) {
		this.maxSize = maxSize;
	}

	public List<String> getVariantHeaders() {
		return this.variantHeaders;
	}

	public void setVariantHeaders(List<String> variantHeaders) {
		this.variantHeaders = variantHeaders;
	}

	public Duration getRenderWait() {
		return this.renderWait;
	}

	public void setRenderWait(Duration renderWait) {
		this.renderWait = renderWait;
	}

	public Duration getPurgeWindow() {
		return this.purgeWindow;
	}

	public void setPurgeWindow(Duration purgeWindow) {
		this.purgeWindow = purgeWindow;
	}

}
