package dev.serveractions.actuate;

import dev.serveractions.action.ServerActions;
import dev.serveractions.action.ServerActionsAutoConfiguration;
import dev.serveractions.cache.CacheStore;
import dev.serveractions.revalidation.CacheLookups;
import dev.serveractions.revalidation.RevalidationAutoConfiguration;
import dev.serveractions.revalidation.RevalidationService;
import dev.serveractions.route.RouteHandlerAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * the {@link ServerActionsEndpoint serveractions} Actuator endpoint: present with Actuator on the
 * classpath, available when enabled and exposed as every endpoint is.
 *
 * <pre class="code">
 * management.endpoints.web.exposure.include=health,serveractions
 * </pre>
 *
 * @since 0.1
 */
@AutoConfiguration(after = { ServerActionsAutoConfiguration.class, RouteHandlerAutoConfiguration.class,
		RevalidationAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class, DispatcherServlet.class })
@ConditionalOnAvailableEndpoint(ServerActionsEndpoint.class)
public final class ServerActionsEndpointAutoConfiguration {

	ServerActionsEndpointAutoConfiguration() {
	}

	@Bean
	@ConditionalOnMissingBean
	ServerActionsEndpoint serverActionsEndpoint(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping,
			ObjectProvider<ServerActions> actions, ObjectProvider<CacheStore> store,
			ObjectProvider<CacheLookups> lookups, ObjectProvider<RevalidationService> revalidation) {
		return new ServerActionsEndpoint(new RouteDescriptions(mapping), new ActionDescriptions(actions),
				new CacheDescription(store, lookups), revalidation.getIfUnique());
	}

}
