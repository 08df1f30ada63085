package dev.serveractions.thymeleaf;

import dev.serveractions.action.ServerActions;
import dev.serveractions.action.ServerActionsAutoConfiguration;
import dev.serveractions.revalidation.RevalidationAutoConfiguration;
import dev.serveractions.revalidation.RevalidationService;
import dev.serveractions.route.RouteHandler;
import dev.serveractions.route.RouteHandlerAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every auto-configuration of the library on a classpath without Thymeleaf, as an application of
 * route handlers only has: only the dialects back off, the rest works.
 */
class WithoutThymeleafTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
				WebMvcAutoConfiguration.class, ThymeleafAutoConfiguration.class, RouteHandlerAutoConfiguration.class,
				ServerActionsAutoConfiguration.class, RevalidationAutoConfiguration.class,
				ThymeleafDialectsAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader("org.thymeleaf"));

	@Test
	void routeHandlersActionsAndRevalidationWorkAndOnlyTheDialectsBackOff() {
		this.runner.withUserConfiguration(Ping.class).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(ServerActions.class)
				.hasSingleBean(RevalidationService.class)
				.doesNotHaveBean(ThymeleafDialectsAutoConfiguration.class)
				.doesNotHaveBean("templateEngine");
			assertThat(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
				.getHandlerMethods()
				.keySet()).extracting(Object::toString).contains("{GET [/ping]}");
		});
	}

	@RouteHandler("/ping")
	static class Ping {

		public String get() {
			return "pong";
		}

	}

}
