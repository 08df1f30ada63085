package dev.serveractions.action;

import java.time.Duration;
import java.util.List;

import dev.serveractions.cache.CacheVariant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Beans that make {@link ServerAction @ServerAction} methods work; imported by the
 * auto-configuration, which provides the {@link ActionOptions}.
 */
@Configuration(proxyBeanMethods = false)
public class ServerActionConfiguration {

	@Bean
	static ActionRegistry serverActions(ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<ActionOptions> options, ObjectProvider<ConversionService> conversionService) {
		ActionOptions settings = options.getIfAvailable(() -> ActionOptions.DEFAULTS);
		return new ActionRegistry(beanFactory, new Keyring(settings.secret(), settings.previousSecrets()),
				conversionService.getIfUnique(DefaultFormattingConversionService::new));
	}

	@Bean
	static ActionHandlerMapping serverActionHandlerMapping(ActionRegistry serverActions,
			ObjectProvider<ActionOptions> options) {
		return new ActionHandlerMapping(serverActions, options.getIfAvailable(() -> ActionOptions.DEFAULTS));
	}

	@Bean
	static ActionResponses serverActionResponses(ApplicationContext context) {
		return new ActionResponses(context);
	}

	@Bean
	static ActionHandlerAdapter serverActionHandlerAdapter(ApplicationContext context, ActionResponses responses) {
		return new ActionHandlerAdapter(context, responses);
	}

	@Bean
	static MalformedMultipartResolver serverActionMalformedMultipartResolver(ActionResponses responses) {
		return new MalformedMultipartResolver(responses);
	}

	/**
	 * Cached pages and fragments are kept per keyring version, so cached HTML never posts to
	 * ids or signatures that no longer verify.
	 */
	@Bean
	CacheVariant serverActionsKeyringVariant(ActionRegistry serverActions) {
		String version = serverActions.keyring().version();
		return (request) -> version;
	}

	@Bean
	WebMvcConfigurer serverActionWebMvcConfigurer() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new BoundArgumentResolver());
			}

			@Override
			public void addResourceHandlers(ResourceHandlerRegistry registry) {
				// the script tag carries a content version, so the file may be cached for good
				registry.addResourceHandler("/_sa/**")
					.addResourceLocations("classpath:/META-INF/server-actions/")
					.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
			}
		};
	}

}
