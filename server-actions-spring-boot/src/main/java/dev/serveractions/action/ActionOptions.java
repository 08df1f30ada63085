package dev.serveractions.action;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Settings of server actions, normally bound from the {@code server-actions.*} properties by
 * the auto-configuration.
 *
 * @param secret key for action ids and signed bound values; without one, ids use a fixed key
 * and bound values a random key per process (they do not survive a restart)
 * @param previousSecrets secrets still accepted, so that a rotation does not break open pages
 * @param allowedOrigins origins (such as {@code https://admin.example.com}) allowed to post to
 * actions besides the application's own
 * @param maxBodySize largest accepted request body in bytes
 */
public record ActionOptions(@Nullable String secret, List<String> previousSecrets, List<String> allowedOrigins,
		long maxBodySize) {

}
