package dev.serveractions.action;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An action can be declared where Spring MVC finds a handler method's annotations: on the bean's
 * class, on a superclass, or on an interface the class implements. The startup discovery looks at
 * a bean only when some method of its class hierarchy carries {@code @ServerAction}; these beans
 * have that annotation everywhere but on their own class's methods.
 */
class InheritedActionsTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
				ServerActionsAutoConfiguration.class))
		.withUserConfiguration(Application.class);

	@Test
	void actionsDeclaredOnASuperclassOrAnInterfaceAreActionsOfTheBean() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			ServerActions actions = context.getBean(ServerActions.class);
			assertThat(actions.names()).contains("archive.run", "pin.run", "grandparent.run", "notes.touch");
			assertThat(actions.method("archive.run").getDeclaringClass()).isEqualTo(Archiving.class);
			assertThat(actions.method("pin.run").getDeclaringClass()).isEqualTo(PinActions.class);
			assertThat(actions.method("grandparent.run").getDeclaringClass()).isEqualTo(Grandparent.class);
			assertThat(actions.id("pin.run")).isNotBlank();
		});
	}

	public abstract static class Grandparent {

		@ServerAction("grandparent.run")
		public void grandparent() {
		}

	}

	public abstract static class Archiving extends Grandparent {

		@ServerAction("archive.run")
		public void archive() {
		}

	}

	public static class ArchiveActions extends Archiving {

	}

	public interface Pinning {

		@ServerAction("pin.run")
		void pin();

	}

	public static class PinActions implements Pinning {

		@Override
		public void pin() {
		}

	}

	public interface Touching {

		@ServerAction("notes.touch")
		default void touch() {
		}

	}

	public static class TouchActions implements Touching {

	}

	@Configuration(proxyBeanMethods = false)
	static class Application {

		@Bean
		ArchiveActions archiveActions() {
			return new ArchiveActions();
		}

		@Bean
		PinActions pinActions() {
			return new PinActions();
		}

		@Bean
		TouchActions touchActions() {
			return new TouchActions();
		}

	}

}
