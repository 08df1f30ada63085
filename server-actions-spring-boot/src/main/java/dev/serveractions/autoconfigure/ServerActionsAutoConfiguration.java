package dev.serveractions.autoconfigure;

import dev.serveractions.action.ActionOptions;
import dev.serveractions.action.ServerAction;
import dev.serveractions.action.ServerActionConfiguration;
import dev.serveractions.action.ServerActions;
import dev.serveractions.thymeleaf.ServerActionsDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * {@link ServerAction server actions} in a Spring MVC application, and their Thymeleaf dialect
 * when Thymeleaf is present.
 */
@AutoConfiguration(afterName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(ServerActionsProperties.class)
@Import(ServerActionConfiguration.class)
public final class ServerActionsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ActionOptions serverActionOptions(ServerActionsProperties properties) {
		return new ActionOptions(properties.getSecret(), properties.getPreviousSecrets(),
				properties.getAllowedOrigins(), properties.getMaxBodySize().toBytes());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SpringTemplateEngine.class)
	static class ThymeleafDialectConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ServerActionsDialect serverActionsDialect(ServerActions serverActions) {
			return new ServerActionsDialect(serverActions);
		}

	}

}
