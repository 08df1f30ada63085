package dev.serveractions.route;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of route handlers ({@code server-actions.route-handlers.*}).
 *
 * <pre class="code">
 * server-actions.route-handlers.max-body-size=5MB
 * </pre>
 *
 * @since 0.1
 */
@ConfigurationProperties("server-actions.route-handlers")
public class RouteHandlerProperties {

	/**
	 * Largest request body a route handler reads; a larger one gets 413 before the handler
	 * runs (a chunked body, once that many bytes have been read). A negative value turns the
	 * limit off.
	 */
	private DataSize maxBodySize = DataSize.ofMegabytes(1);

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

}
