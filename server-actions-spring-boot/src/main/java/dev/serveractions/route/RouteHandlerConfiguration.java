package dev.serveractions.route;

import java.util.List;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Beans that make {@link RouteHandler} classes work; imported by the auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
public class RouteHandlerConfiguration {

	@Bean
	static RouteHandlers routeHandlers() {
		return new RouteHandlers();
	}

	@Bean
	static RouteHandlerRegistrar routeHandlerRegistrar(ConfigurableListableBeanFactory beanFactory,
			RouteHandlers routeHandlers) {
		return new RouteHandlerRegistrar(beanFactory, routeHandlers);
	}

	@Bean
	RouteMethodNotAllowedResolver routeMethodNotAllowedResolver(RouteHandlers routeHandlers,
			ConfigurableListableBeanFactory beanFactory) {
		return new RouteMethodNotAllowedResolver(routeHandlers, beanFactory);
	}

	@Bean
	RouteHandlerProblems routeHandlerProblems() {
		return new RouteHandlerProblems();
	}

	@Bean
	NoContentForVoid routeHandlerNoContentForVoid() {
		return new NoContentForVoid();
	}

	@Bean
	WebMvcConfigurer routeHandlerWebMvcConfigurer(RouteHandlers routeHandlers) {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new PathVariableNameResolver(routeHandlers));
			}
		};
	}

}
