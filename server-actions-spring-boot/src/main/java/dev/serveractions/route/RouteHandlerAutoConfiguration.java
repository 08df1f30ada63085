package dev.serveractions.route;

import java.util.List;

import dev.serveractions.diagnostics.StartupMistakes;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * {@link RouteHandler} classes in a Spring MVC application. It sits beside the classes it wires,
 * so that they stay package-private.
 *
 * @since 0.1
 */
@AutoConfiguration(afterName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(RouteHandlerProperties.class)
@Import(StartupMistakes.class)
public final class RouteHandlerAutoConfiguration {

	RouteHandlerAutoConfiguration() {
	}

	@Bean
	static RouteHandlers routeHandlers() {
		return new RouteHandlers();
	}

	@Bean
	RouteHandlerRegistrar routeHandlerRegistrar(ConfigurableListableBeanFactory beanFactory, RouteHandlers routes,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping,
			ObjectProvider<RequestMappingHandlerAdapter> adapter, StartupMistakes mistakes) {
		return new RouteHandlerRegistrar(beanFactory, routes, mapping, adapter, mistakes::add);
	}

	@Bean
	RouteMatchFailures routeMatchFailures(RouteHandlers routes,
			@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> mvcResolver) {
		return new RouteMatchFailures(routes, mvcResolver);
	}

	@Bean
	RouteHandlerProblems routeHandlerProblems() {
		return new RouteHandlerProblems();
	}

	/** Every endpoint's, not only route handlers': a request the container could not decode is a 400 problem. */
	@Bean
	static FilterRegistrationBean<UnreadableRequestFilter> serverActionsUnreadableRequestFilter(
			ObjectProvider<RequestMappingHandlerAdapter> adapter) {
		UnreadableRequestFilter filter = new UnreadableRequestFilter(
				SingletonSupplier.of(() -> adapter.getObject().getMessageConverters()));
		FilterRegistrationBean<UnreadableRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("serverActionsUnreadableRequestFilter");
		registration.setOrder(filter.getOrder());
		return registration;
	}

	@Bean
	BodyLimit routeHandlerBodyLimit(RouteHandlerProperties properties) {
		return new BodyLimit(properties.getMaxBodySize().toBytes());
	}

	@Bean
	WebMvcConfigurer routeHandlerWebMvcConfigurer(RouteHandlers routes, RouteHandlerProperties properties) {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new PathVariableNameResolver(routes));
			}

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(
						new RouteHandlerInterceptor(routes, properties.getMaxBodySize().toBytes()));
			}
		};
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(OperationCustomizer.class)
	static class OpenApiConfiguration {

		@Bean
		OperationCustomizer routeHandlerOperations(RouteHandlers routes) {
			return new RouteOperations(routes);
		}

	}

}
