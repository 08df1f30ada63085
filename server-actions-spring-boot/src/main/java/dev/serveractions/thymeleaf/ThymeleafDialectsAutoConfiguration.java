package dev.serveractions.thymeleaf;

import dev.serveractions.action.ServerActions;
import dev.serveractions.action.ServerActionsAutoConfiguration;
import dev.serveractions.live.LiveAutoConfiguration;
import dev.serveractions.live.LiveSubscriptions;
import dev.serveractions.revalidation.FragmentCache;
import dev.serveractions.revalidation.RevalidationAutoConfiguration;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * library's Thymeleaf dialects, when Thymeleaf is present: the {@link ServerActionsDialect}
 * ({@code sa:action}, {@code sa:bind}, {@code sa:formaction}, {@code sa:runtime},
 * {@code #actions}) with server actions, and the {@link CacheDialect} ({@code sa:cache},
 * {@code sa:tags}) with revalidation, and the {@link LiveDialect} ({@code sa:live}) with live pages. Spring Boot's Thymeleaf auto-configuration adds every
 * dialect bean to its template engine; a dialect bean of the application replaces the library's.
 *
 * @since 0.1
 */
@AutoConfiguration(
		after = { ServerActionsAutoConfiguration.class, RevalidationAutoConfiguration.class, LiveAutoConfiguration.class },
		beforeName = "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration")
@ConditionalOnClass(SpringTemplateEngine.class)
public final class ThymeleafDialectsAutoConfiguration {

	@Bean
	@ConditionalOnBean(ServerActions.class)
	@ConditionalOnMissingBean
	ServerActionsDialect serverActionsDialect(ServerActions serverActions) {
		return new ServerActionsDialect(serverActions);
	}

	@Bean
	@ConditionalOnBean(FragmentCache.class)
	@ConditionalOnMissingBean
	CacheDialect serverActionsCacheDialect(FragmentCache fragmentCache) {
		return new CacheDialect(fragmentCache);
	}

	@Bean
	@ConditionalOnBean(LiveSubscriptions.class)
	@ConditionalOnMissingBean
	LiveDialect serverActionsLiveDialect(LiveSubscriptions liveSubscriptions) {
		return new LiveDialect(liveSubscriptions);
	}

}
