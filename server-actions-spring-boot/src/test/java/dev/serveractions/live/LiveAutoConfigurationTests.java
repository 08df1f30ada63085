package dev.serveractions.live;

import java.util.List;
import java.util.Set;

import dev.serveractions.action.ServerActionsAutoConfiguration;
import dev.serveractions.revalidation.RevalidationAutoConfiguration;
import dev.serveractions.thymeleaf.LiveDialect;
import dev.serveractions.thymeleaf.ThymeleafDialectsAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class LiveAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ServerActionsAutoConfiguration.class,
				RevalidationAutoConfiguration.class, LiveAutoConfiguration.class,
				ThymeleafDialectsAutoConfiguration.class));

	@Test
	void withServerActionsAndRevalidationAnApplicationGetsTheStreamTheSubscriptionsAndTheDialect() {
		this.runner.withPropertyValues("server-actions.live.max-connections=5").run((context) -> {
			assertThat(context).hasSingleBean(LiveSubscriptions.class)
				.hasSingleBean(LiveEndpoint.class)
				.hasSingleBean(LiveDialect.class);
			assertThat(context.getBean(LiveProperties.class).getMaxConnections()).isEqualTo(5);
		});
	}

	@Test
	void anApplicationRunsNoLiveThreadUntilTheFirstStreamOpens() {
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		this.runner.run((context) -> {
			assertThat(liveThreads(before)).isEmpty();
			// what opening a stream does first; a writer lane's thread starts with its first write
			context.getBean(LiveSender.class).lane();
			assertThat(liveThreads(before)).containsExactly("server-actions-live-heartbeat");
		});
	}

	private static List<String> liveThreads(Set<Thread> before) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> !before.contains(thread) && thread.getName().startsWith("server-actions-live"))
			.map(Thread::getName)
			.toList();
	}

	@Test
	void withoutRevalidationThereAreNoLivePages() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ServerActionsAutoConfiguration.class,
					LiveAutoConfiguration.class, ThymeleafDialectsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(LiveEndpoint.class)
				.doesNotHaveBean(LiveDialect.class));
	}

	@Test
	void backsOffOutsideAServletApplication() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ServerActionsAutoConfiguration.class,
					RevalidationAutoConfiguration.class, LiveAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(LiveEndpoint.class));
	}

}
