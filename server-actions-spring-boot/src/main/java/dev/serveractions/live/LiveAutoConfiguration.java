package dev.serveractions.live;

import dev.serveractions.action.ServerActionsAutoConfiguration;
import dev.serveractions.action.SignedValues;
import dev.serveractions.revalidation.RevalidationAutoConfiguration;
import dev.serveractions.revalidation.RevalidationService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * live pages: the signed subscriptions that {@code sa:live} writes, the event stream at
 * {@code /_sa/live} and the connections that every applied revalidation reaches, configured by
 * {@link LiveProperties} ({@code server-actions.live.*}). Needs server actions (their keys sign
 * the subscriptions) and revalidation.
 *
 * @since 0.1
 */
@AutoConfiguration(after = { ServerActionsAutoConfiguration.class, RevalidationAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({ SignedValues.class, RevalidationService.class })
@EnableConfigurationProperties(LiveProperties.class)
public final class LiveAutoConfiguration {

	@Bean
	LiveClock liveClock() {
		return new LiveClock();
	}

	@Bean
	LiveSubscriptions liveSubscriptions(SignedValues signedValues, LiveClock liveClock) {
		return new LiveSubscriptions(signedValues, liveClock);
	}

	@Bean
	LiveSender liveSender(ObjectProvider<LiveConnections> connections, LiveProperties properties) {
		return new LiveSender(connections::getObject, properties.getHeartbeat());
	}

	@Bean
	LiveConnections liveConnections(LiveProperties properties, LiveClock liveClock, LiveSender liveSender) {
		return new LiveConnections(properties.getMaxConnections(), properties.getTimeout().toMillis(), liveClock,
				liveSender);
	}

	@Bean
	LiveEndpoint liveEndpoint(LiveSubscriptions liveSubscriptions, LiveConnections liveConnections) {
		return new LiveEndpoint(liveSubscriptions, liveConnections);
	}

}
