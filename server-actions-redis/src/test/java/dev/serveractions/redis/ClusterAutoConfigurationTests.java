package dev.serveractions.redis;

import java.time.Duration;

import dev.serveractions.revalidation.RevalidationAutoConfiguration;
import dev.serveractions.revalidation.RevalidationListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ClusterAutoConfigurationTests {

	@RegisterExtension
	static final EmbeddedRedis redis = new EmbeddedRedis();

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
				RevalidationAutoConfiguration.class, ClusterAutoConfiguration.class))
		.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port());

	@Test
	void withRedisAndASecretEveryRevalidationIsPublishedAndTheChannelSubscribed() {
		this.runner.withPropertyValues("server-actions.secret=" + Instance.SECRET).run((context) -> {
			assertThat(context).hasSingleBean(RedisRevalidationPublisher.class)
				.hasSingleBean(RevalidationSubscriber.class)
				.hasBean("serverActionsClusterListenerContainer");
			assertThat(context.getBeansOfType(RevalidationListener.class)).hasSize(1);
			assertThat(context.getBean("serverActionsClusterListenerContainer", RedisMessageListenerContainer.class)
				.isListening()).isTrue();
		});
	}

	@Test
	void withRedisDownAtStartupTheApplicationStartsAndSubscribesOnceRedisIsUp() {
		EmbeddedRedis later = new EmbeddedRedis();
		this.runner.withPropertyValues("server-actions.secret=" + Instance.SECRET, "spring.data.redis.port=" + later.port())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				RedisMessageListenerContainer container = context.getBean("serverActionsClusterListenerContainer",
						RedisMessageListenerContainer.class);
				assertThat(container.isListening()).isFalse();
				later.start();
				try {
					await().atMost(Duration.ofSeconds(30)).until(container::isListening);
					assertThat(context.getBean(RevalidationSubscriber.class).subscribedAt()).isNotNull();
				}
				finally {
					later.stop();
				}
			});
	}

	@Test
	void clusterModeWithoutASecretFailsAtStartupSayingWhy() {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("Cluster mode (server-actions-redis with a Redis "
					+ "connection) is on, but server-actions.secret is not set. Every instance would sign bound values "
					+ "with a random key of its own, so a form rendered by one instance would be refused by another.");
			assertThat(analysis.getAction()).contains("Set server-actions.secret to the same secret",
					"openssl rand -base64 32", "server-actions.cluster.enabled=false");
		});
	}

	@Test
	void aBlankSecretIsNoSecret() {
		this.runner.withPropertyValues("server-actions.secret= ")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(ClusterSecretMissingException.class));
	}

	@Test
	void withoutARedisConnectionNothingChangesAndNoSecretIsNeeded() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(RevalidationAutoConfiguration.class, ClusterAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(RedisRevalidationPublisher.class)
				.doesNotHaveBean("serverActionsClusterListenerContainer"));
	}

	@Test
	void switchedOffByPropertyEvenWithRedis() {
		this.runner.withPropertyValues("server-actions.cluster.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(RedisRevalidationPublisher.class)
				.doesNotHaveBean(RevalidationSubscriber.class));
	}

	private static FailureAnalysis analyze(Throwable failure) {
		for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, FailureHandler.handleMessage((message, ex) -> {
				// analyzers that need constructor arguments are not this test's concern
			}))) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		throw new AssertionError("no failure analyzer explains " + failure);
	}

}
