package dev.serveractions.thymeleaf;

import dev.serveractions.action.ServerActions;
import dev.serveractions.action.ServerActionsAutoConfiguration;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of
 * the {@link ServerActionsDialect} ({@code sa:action}, {@code sa:bind}, {@code sa:formaction},
 * {@code sa:runtime}, {@code #actions}) when Thymeleaf and server actions are both present;
 * Spring Boot's Thymeleaf auto-configuration adds every dialect bean to its template engine.
 *
 * @since 0.1
 */
@AutoConfiguration(after = ServerActionsAutoConfiguration.class)
@ConditionalOnClass(SpringTemplateEngine.class)
@ConditionalOnBean(ServerActions.class)
public final class ServerActionsDialectAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ServerActionsDialect serverActionsDialect(ServerActions serverActions) {
		return new ServerActionsDialect(serverActions);
	}

}
