/**
 * Cluster mode: every revalidation made on one instance is published on a Redis channel and
 * applied by every other instance, through Spring Data Redis. Switched on by
 * {@link dev.serveractions.redis.ClusterAutoConfiguration} when the module is on the classpath
 * and a {@code RedisConnectionFactory} is configured; its settings are
 * {@link dev.serveractions.redis.ClusterProperties server-actions.cluster.*}.
 */
@NullMarked
package dev.serveractions.redis;

import org.jspecify.annotations.NullMarked;
