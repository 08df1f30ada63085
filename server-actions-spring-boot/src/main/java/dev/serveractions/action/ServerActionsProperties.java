package dev.serveractions.action;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of server actions ({@code server-actions.*}): the secret that keys action ids
 * and signs {@code sa:bind} values, earlier secrets still accepted after a rotation, the other
 * origins allowed to post to actions, and the largest request body an action accepts. The
 * response and fragment caches are configured apart
 * ({@code server-actions.cache.*}).
 */
@ConfigurationProperties("server-actions")
public class ServerActionsProperties {

	/**
	 * Secret that keys action ids and signs values bound with sa:bind. Set the same value on
	 * every instance; without it, bound values stop verifying after a restart.
	 */
	private @Nullable String secret;

	/**
	 * Earlier secrets that are still accepted, so that pages rendered before a rotation keep
	 * working.
	 */
	private List<String> previousSecrets = new ArrayList<>();

	/**
	 * Origins allowed to post to server actions, for example https://shop.example. Besides
	 * these, the application's own origin counts on a loopback host (development) and behind a
	 * proxy (server.forward-headers-strategy); an application served directly lists its public
	 * origin here.
	 */
	private List<String> allowedOrigins = new ArrayList<>();

	/**
	 * Largest request body a server action accepts; larger requests get 413.
	 */
	private DataSize maxBodySize = DataSize.ofMegabytes(1);

	private final Index index = new Index();

	public @Nullable String getSecret() {
		return this.secret;
	}

	public void setSecret(@Nullable String secret) {
		this.secret = secret;
	}

	public List<String> getPreviousSecrets() {
		return this.previousSecrets;
	}

	public void setPreviousSecrets(List<String> previousSecrets) {
		this.previousSecrets = previousSecrets;
	}

	public List<String> getAllowedOrigins() {
		return this.allowedOrigins;
	}

	public void setAllowedOrigins(List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public Index getIndex() {
		return this.index;
	}

	/**
	 * What startup does with the indexes written by server-actions-processor.
	 */
	public static class Index {

		/**
		 * Whether startup fails when a class the index lists as a route handler or as declaring
		 * server actions is not a bean; when false, it is only logged.
		 */
		private boolean failOnMissingBean = true;

		public boolean isFailOnMissingBean() {
			return this.failOnMissingBean;
		}

		public void setFailOnMissingBean(boolean failOnMissingBean) {
			this.failOnMissingBean = failOnMissingBean;
		}

	}

}
