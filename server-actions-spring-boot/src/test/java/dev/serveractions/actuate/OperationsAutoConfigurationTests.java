package dev.serveractions.actuate;

import dev.serveractions.action.ServerActionsAutoConfiguration;
import dev.serveractions.revalidation.RevalidationAutoConfiguration;
import dev.serveractions.revalidation.RevalidationService;
import dev.serveractions.route.RouteHandlerAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationFilter;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.HandlerAdapter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint and the meters are there only with Actuator and Micrometer on the classpath;
 * everything else works without them.
 */
class OperationsAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RouteHandlerAutoConfiguration.class,
				ServerActionsAutoConfiguration.class, RevalidationAutoConfiguration.class,
				ServerActionsEndpointAutoConfiguration.class, ServerActionsMetricsAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=serveractions");

	@Test
	void withActuatorAndMicrometerTheEndpointAndTheCacheMetersAreThere() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ServerActionsEndpoint.class)
				.hasSingleBean(CacheMeters.class)
				.hasSingleBean(RevalidationEntriesHandler.class);
			SimpleMeterRegistry registry = new SimpleMeterRegistry();
			context.getBean(CacheMeters.class).bindTo(registry);
			assertThat(registry.get("serveractions.cache.gets").functionCounters()).hasSize(3);
			assertThat(registry.get("serveractions.cache.max.bytes").gauge().value()).isEqualTo(64 * 1024 * 1024);
		});
	}

	@Test
	void withoutActuatorThereIsNoEndpoint() {
		this.runner.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ServerActionsEndpoint.class)
				.hasSingleBean(CacheMeters.class)
				.hasSingleBean(RevalidationService.class));
	}

	@Test
	void anEndpointThatIsNotExposedIsNotCreated() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ServerActionsEndpointAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ServerActionsEndpoint.class));
	}

	@Test
	void aDisabledEndpointIsNotCreated() {
		this.runner.withPropertyValues("management.endpoint.serveractions.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(ServerActionsEndpoint.class));
	}

	@Test
	void withoutMicrometerThereAreNoMetersAndActionsStillRun() {
		this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CacheMeters.class)
				.doesNotHaveBean(RevalidationEntriesHandler.class)
				.hasSingleBean(ServerActionsEndpoint.class)
				.hasBean("serverActionHandlerAdapter"));
	}

	@Test
	void withoutRevalidationThereAreNoCacheMetersAndTheEndpointShowsNoCache() {
		this.runner.withClassLoader(new FilteredClassLoader(com.github.benmanes.caffeine.cache.Caffeine.class))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CacheMeters.class).hasSingleBean(ServerActionsEndpoint.class);
				assertThat(context.getBean(ServerActionsEndpoint.class).report().cache()).isNull();
			});
	}

	@Test
	void withoutAnObservationRegistryActionsAndRevalidationsAreObservedByNoOne() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(ObservationRegistry.class).hasSingleBean(ObservationFilter.class);
			assertThat(context.getBean("serverActionHandlerAdapter", HandlerAdapter.class)).isNotNull();
			assertThat(context.getBean(RevalidationService.class).revalidateTag("todos")).isZero();
		});
	}

}
