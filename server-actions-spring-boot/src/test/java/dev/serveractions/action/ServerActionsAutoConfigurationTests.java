package dev.serveractions.action;

import java.util.List;

import dev.serveractions.thymeleaf.ServerActionsDialect;
import dev.serveractions.thymeleaf.ThymeleafDialectsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class ServerActionsAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ServerActionsAutoConfiguration.class,
				ThymeleafDialectsAutoConfiguration.class));

	@Test
	void anActionWithoutANameIsNamedAfterItsBeanAndMethod() {
		this.runner.withBean("greeter", Greeter.class)
			.run((context) -> assertThat(context.getBean(ServerActions.class).names())
				.containsExactly("greeter.hello", "greetings.wave"));
	}

	@Test
	void twoActionsWithOneNameFailTheStartupNamingBoth() {
		this.runner.withBean("greeter", Greeter.class).withBean("copycat", Copycat.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("Two server actions are named \"greetings.wave\"")
				.hasMessageContaining(Greeter.class.getName() + ".wave")
				.hasMessageContaining(Copycat.class.getName() + ".wave2");
		});
	}

	@Test
	void aNonPublicActionFailsTheStartupSayingWhy() {
		this.runner.withBean("hidden", Hidden.class).run((context) -> assertThat(context).getFailure()
			.rootCause()
			.hasMessageContaining("@ServerAction " + Hidden.class.getName() + ".secret() is package-private")
			.hasMessageContaining("Make " + Hidden.class.getName() + ".secret() public."));
	}

	@Test
	void aPrivateActionAndAStaticActionFailTheStartupSayingWhichIsWhich() {
		this.runner.withBean("wrong", WronglyDeclared.class).run((context) -> assertThat(context).getFailure()
			.rootCause()
			.hasMessageContaining(WronglyDeclared.class.getName() + ".hidden() is private")
			.hasMessageContaining(WronglyDeclared.class.getName() + ".shared() is static")
			.hasMessageContaining("Make " + WronglyDeclared.class.getName() + ".shared() an instance method"));
	}

	@Test
	void idsAreTheSameOnEveryInstanceAndAfterRestartsButDependOnTheSecret() {
		String[] ids = new String[3];
		this.runner.withBean("greeter", Greeter.class)
			.withPropertyValues("server-actions.secret=one-secret-of-at-least-32-bytes!!!")
			.run((context) -> ids[0] = context.getBean(ServerActions.class).id("greeter.hello"));
		this.runner.withBean("greeter", Greeter.class)
			.withPropertyValues("server-actions.secret=one-secret-of-at-least-32-bytes!!!")
			.run((context) -> ids[1] = context.getBean(ServerActions.class).id("greeter.hello"));
		this.runner.withBean("greeter", Greeter.class)
			.withPropertyValues("server-actions.secret=two-secret-of-at-least-32-bytes!!!")
			.run((context) -> ids[2] = context.getBean(ServerActions.class).id("greeter.hello"));
		assertThat(ids[0]).isEqualTo(ids[1]).isNotEqualTo(ids[2]).matches("[A-Za-z0-9_-]{22}");
	}

	@Test
	void aMissingSecretIsWarnedOfOnlyWhenAnActionBindsValues(CapturedOutput output) {
		this.runner.withBean("greeter", Greeter.class).run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("server-actions.secret is not set");
		this.runner.withBean("binder", Binder.class).run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("server-actions.secret is not set");
	}

	@Test
	void idsAreStableWithoutASecretToo() {
		String[] ids = new String[2];
		for (int i = 0; i < 2; i++) {
			int index = i;
			this.runner.withBean("greeter", Greeter.class)
				.run((context) -> ids[index] = context.getBean(ServerActions.class).id("greeter.hello"));
		}
		assertThat(ids[0]).isEqualTo(ids[1]);
	}

	@Test
	void previousSecretsKeepOpenPagesWorkingAfterARotation() {
		String[] old = new String[2];
		this.runner.withBean("greeter", Greeter.class)
			.withPropertyValues("server-actions.secret=old-secret-of-at-least-32-bytes!!!")
			.run((context) -> {
				old[0] = context.getBean(ServerActions.class).id("greeter.hello");
				old[1] = context.getBean(ServerActions.class).bind("greeter.hello", List.of(42));
			});
		this.runner.withBean("greeter", Greeter.class)
			.withPropertyValues("server-actions.secret=new-secret-of-at-least-32-bytes!!!", "server-actions.previous-secrets=old-secret-of-at-least-32-bytes!!!")
			.run((context) -> {
				ActionRegistry registry = context.getBean(ActionRegistry.class);
				assertThat(registry.id("greeter.hello")).isNotEqualTo(old[0]);
				assertThat(registry.byId(old[0])).isSameAs(registry.byName("greeter.hello"));
				assertThat(registry.keyring().verify("greeter.hello", old[1]))
					.isEqualTo(new Keyring.Verified(List.of("42"), false));
				assertThat(registry.keyring().verify("greetings.wave", old[1])).isNull();
			});
		this.runner.withBean("greeter", Greeter.class)
			.withPropertyValues("server-actions.secret=new-secret-of-at-least-32-bytes!!!")
			.run((context) -> {
				ActionRegistry registry = context.getBean(ActionRegistry.class);
				assertThat(registry.byId(old[0])).isNull();
				// signed with a key this server no longer has: a stale form, not a tampered one
				assertThat(registry.keyring().verify("greeter.hello", old[1]).stale()).isTrue();
			});
	}

	@Test
	void aClassWithActionsThatIsNotABeanFailsStartupNamingItAndTheFix() {
		assertThatThrownBy(() -> new org.springframework.boot.builder.SpringApplicationBuilder(
				dev.serveractions.action.strayapp.StrayApplication.class)
			.properties("server.port=0")
			.run()
			.close()).rootCause()
			.hasMessageContaining("StrayApplication$ForgottenActions")
			.hasMessageContaining("Annotate the class with @Component");
	}

	@Test
	void aSecretShorterThan32BytesRefusesToStartSayingWhy() {
		this.runner.withPropertyValues("server-actions.secret=too-short")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("server-actions.secret must be at least 32 bytes long")
				.hasMessageContaining("openssl rand -base64 32"));
	}

	@Test
	void withoutASecretSignaturesSurviveARestartInTheSameJvm() {
		String[] token = new String[1];
		this.runner.withBean("greeter", Greeter.class)
			.run((context) -> token[0] = context.getBean(ServerActions.class).bind("greeter.hello", List.of(7)));
		this.runner.withBean("greeter", Greeter.class)
			.run((context) -> assertThat(context.getBean(ActionRegistry.class).keyring().verify("greeter.hello", token[0]))
				.isEqualTo(new Keyring.Verified(List.of("7"), false)));
	}

	@Test
	void theDialectIsRegisteredOnlyWithThymeleaf() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(ServerActionsDialect.class));
		this.runner.withClassLoader(new FilteredClassLoader(SpringTemplateEngine.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ServerActionsDialect.class)
				.hasSingleBean(ServerActions.class));
	}

	@Test
	void aDialectOfTheApplicationWins() {
		ServerActionsDialect own = new ServerActionsDialect(new ActionRegistry(
				new org.springframework.beans.factory.support.DefaultListableBeanFactory(),
				new Keyring(null, List.of()), new org.springframework.format.support.DefaultFormattingConversionService(),
				(description, action) -> {
				}));
		this.runner.withBean(ServerActionsDialect.class, () -> own)
			.run((context) -> assertThat(context).getBean(ServerActionsDialect.class).isSameAs(own));
	}

	@Test
	void nothingIsConfiguredOutsideAServletApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ServerActionsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ServerActions.class));
	}

	@Test
	void propertiesBecomeTheOptions() {
		this.runner
			.withPropertyValues("server-actions.max-body-size=5MB", "server-actions.allowed-origins=https://a.example")
			.run((context) -> {
				ServerActionsProperties properties = context.getBean(ServerActionsProperties.class);
				assertThat(properties.getMaxBodySize().toBytes()).isEqualTo(5L * 1024 * 1024);
				assertThat(properties.getAllowedOrigins()).containsExactly("https://a.example");
			});
	}

	@Component
	static class Greeter {

		@ServerAction
		public void hello() {
		}

		@ServerAction("greetings.wave")
		public void wave() {
		}

	}

	static class Binder {

		@ServerAction
		public void remove(@Bound long id) {
		}

	}

	static class Copycat {

		@ServerAction("greetings.wave")
		public void wave2() {
		}

	}

	static class Hidden {

		@ServerAction
		void secret() {
		}

	}

	static class WronglyDeclared {

		@ServerAction
		private void hidden() {
		}

		@ServerAction
		public static void shared() {
		}

	}

}
