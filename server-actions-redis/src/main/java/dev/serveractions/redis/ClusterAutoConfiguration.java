package dev.serveractions.redis;

import java.time.Duration;
import java.util.UUID;

import dev.serveractions.revalidation.LocalRevalidation;
import dev.serveractions.revalidation.RevalidationAutoConfiguration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of
 * cluster mode: with this module on the classpath and a Spring Data Redis connection (Lettuce,
 * as {@code spring-boot-starter-data-redis} configures it from {@code spring.data.redis.*}), every
 * revalidation is applied locally, published on a Redis channel, and applied by every other
 * instance. Requires {@code server-actions.secret}. Switch it off with:
 *
 * <pre class="code">
 * server-actions.cluster.enabled=false
 * </pre>
 *
 * @since 0.1
 */
@AutoConfiguration(after = RevalidationAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass(RedisConnectionFactory.class)
@ConditionalOnBean({ RedisConnectionFactory.class, LocalRevalidation.class })
@ConditionalOnBooleanProperty(name = "server-actions.cluster.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ClusterProperties.class)
public final class ClusterAutoConfiguration {

	/** Tells this instance's messages from the others'; new at each start. */
	private final String instance = UUID.randomUUID().toString();

	@Bean
	RedisRevalidationPublisher serverActionsClusterPublisher(RedisConnectionFactory connectionFactory,
			ClusterProperties properties, Environment environment) {
		ClusterSecretMissingException.check(environment);
		if (!(connectionFactory instanceof ReactiveRedisConnectionFactory reactive)) {
			throw new IllegalStateException("Cluster mode needs Lettuce, Spring Data Redis's default client, to "
					+ "publish without blocking requests; " + connectionFactory.getClass().getName() + " is not one");
		}
		RedisRevalidationPublisher publisher = new RedisRevalidationPublisher(new ReactiveStringRedisTemplate(reactive),
				properties.getChannel(), this.instance, properties.getPublishTimeout());
		publisher.connectInBackground();
		return publisher;
	}

	@Bean
	RevalidationSubscriber serverActionsClusterSubscriber(LocalRevalidation localRevalidation,
			ClusterProperties properties) {
		return new RevalidationSubscriber(localRevalidation, properties.getChannel(), this.instance);
	}

	@Bean
	RedisMessageListenerContainer serverActionsClusterListenerContainer(RedisConnectionFactory connectionFactory,
			RevalidationSubscriber subscriber, ClusterProperties properties) {
		RedisMessageListenerContainer container = new RedisMessageListenerContainer();
		container.setConnectionFactory(connectionFactory);
		// revalidating locally is quick: apply messages in order, on the client's thread
		container.setTaskExecutor(new SyncTaskExecutor());
		container.addMessageListener(subscriber, ChannelTopic.of(properties.getChannel()));
		// started by the subscription below, which tolerates a Redis that is down at startup
		container.setAutoStartup(false);
		return container;
	}

	@Bean
	ClusterSubscription serverActionsClusterSubscription(
			@Qualifier("serverActionsClusterListenerContainer") RedisMessageListenerContainer container,
			ClusterProperties properties) {
		return new ClusterSubscription(container, properties.getChannel());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	static class ClusterHealthConfiguration {

		private static final Log logger = LogFactory.getLog(ClusterHealthConfiguration.class);

		@Bean
		ClusterHealthIndicator serverActionsClusterHealthIndicator(RedisRevalidationPublisher publisher,
				RevalidationSubscriber subscriber, ClusterProperties properties, Environment environment) {
			Duration health = properties.getHealthTimeout();
			Duration command = Binder.get(environment)
				.bind(ClusterTimeouts.COMMAND_TIMEOUT, Duration.class)
				.orElse(health);
			if (command.compareTo(health) > 0) {
				logger.warn("Cluster mode: " + ClusterTimeouts.COMMAND_TIMEOUT + " is " + command.toMillis()
						+ " ms, longer than " + ClusterTimeouts.HEALTH_TIMEOUT + " (" + health.toMillis()
						+ " ms): while Redis is down or frozen, Spring Boot's Redis health indicator holds every "
						+ "health request that long. Set " + ClusterTimeouts.COMMAND_TIMEOUT
						+ " to the health timeout or less, or leave it unset");
			}
			return new ClusterHealthIndicator(publisher, subscriber, properties.getChannel(),
					subscriber.instance(), properties.getHealthTimeout());
		}

	}

}
