package dev.serveractions.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of live pages ({@code server-actions.live.*}).
 *
 * <pre class="code">
 * server-actions.live.max-connections=10000
 * server-actions.live.heartbeat=25s
 * </pre>
 *
 * @since 0.1
 */
@ConfigurationProperties("server-actions.live")
public class LiveProperties {

	/**
	 * Most event streams this instance holds open at once; one more is answered 503 with
	 * Retry-After, and its tab tries again later. Each costs a socket and a few kilobytes, no
	 * thread; the servlet container's own connection limit (server.tomcat.max-connections,
	 * 8192 by default) must leave room for them and for ordinary requests.
	 */
	private int maxConnections = 1000;

	/**
	 * How often an idle stream gets a comment line, so that proxies and load balancers do not
	 * close it as idle and dead clients are noticed.
	 */
	private Duration heartbeat = Duration.ofSeconds(25);

	/**
	 * How long one stream stays open before the server ends it; the browser reconnects at once,
	 * and refreshes if it missed a revalidation meanwhile.
	 */
	private Duration timeout = Duration.ofMinutes(30);

	public int getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	public Duration getHeartbeat() {
		return this.heartbeat;
	}

	public void setHeartbeat(Duration heartbeat) {
		this.heartbeat = heartbeat;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

}
