package dev.serveractions.route;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

class RouteHandlerAutoConfigurationTests {

	private final WebApplicationContextRunner webRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RouteHandlerAutoConfiguration.class));

	@Test
	void aServletWebApplicationGetsTheRouteHandlerBeans() {
		this.webRunner.run((context) -> assertThat(context).hasNotFailed()
			.hasBean("routeHandlerRegistrar")
			.hasBean("routeHandlerProblems")
			.getBeans(WebMvcConfigurer.class)
			.containsKey("routeHandlerWebMvcConfigurer"));
	}

	@Test
	void withSpringdocOnTheClasspathRouteHandlerOperationsAreCustomized() {
		this.webRunner.run((context) -> assertThat(context).hasBean("routeHandlerOperations"));
	}

	@Test
	void withoutSpringdocNothingOfItIsLoaded() {
		this.webRunner.withClassLoader(new FilteredClassLoader("org.springdoc"))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasBean("routeHandlerRegistrar")
				.doesNotHaveBean("routeHandlerOperations"));
	}

	@Test
	void theBodyLimitIsAProperty() {
		this.webRunner.withPropertyValues("server-actions.route-handlers.max-body-size=5MB")
			.run((context) -> assertThat(context.getBean(RouteHandlerProperties.class).getMaxBodySize())
				.isEqualTo(DataSize.ofMegabytes(5)));
	}

	@Test
	void aNonWebApplicationGetsNone() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RouteHandlerAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean("routeHandlerRegistrar"));
	}

	@Test
	void withoutSpringMvcOnTheClasspathItBacksOff() {
		this.webRunner.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
			.run((context) -> assertThat(context).doesNotHaveBean("routeHandlerRegistrar"));
	}

}
