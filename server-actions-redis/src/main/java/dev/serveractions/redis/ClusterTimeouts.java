package dev.serveractions.redis;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives Redis's client the timeouts cluster mode needs, unless the application set its own:
 * {@code spring.data.redis.timeout} and {@code spring.data.redis.connect-timeout} default to
 * {@code server-actions.cluster.health-timeout} (1 s) rather than Lettuce's 60 s and 10 s. With
 * Redis down or frozen, Spring Boot's own Redis health indicator waits that long for its command,
 * and so does every health request; the cluster's own indicator answers within the health
 * timeout. An application that sets a longer timeout is told at startup
 * ({@link ClusterAutoConfiguration}).
 */
final class ClusterTimeouts implements EnvironmentPostProcessor {

	static final String COMMAND_TIMEOUT = "spring.data.redis.timeout";

	static final String CONNECT_TIMEOUT = "spring.data.redis.connect-timeout";

	static final String HEALTH_TIMEOUT = "server-actions.cluster.health-timeout";

	static final Duration DEFAULT_HEALTH_TIMEOUT = Duration.ofSeconds(1);

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("server-actions.cluster.enabled", Boolean.class, true)) {
			return;
		}
		String timeout = DurationStyle.detectAndParse(
				environment.getProperty(HEALTH_TIMEOUT, DEFAULT_HEALTH_TIMEOUT.toMillis() + "ms"))
			.toMillis() + "ms";
		Map<String, Object> unset = new LinkedHashMap<>();
		for (String key : List.of(COMMAND_TIMEOUT, CONNECT_TIMEOUT)) {
			// any setting of the application wins, SpringApplication's default properties included
			if (!environment.containsProperty(key)) {
				unset.put(key, timeout);
			}
		}
		if (!unset.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource("serverActionsClusterTimeouts", unset));
		}
	}

}
