package dev.serveractions.diagnostics;

import dev.serveractions.action.ServerAction;
import dev.serveractions.action.ServerActionsAutoConfiguration;
import dev.serveractions.route.RouteHandler;
import dev.serveractions.route.RouteHandlerAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

class StartupMistakesFailureAnalyzerTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
				WebMvcAutoConfiguration.class, RouteHandlerAutoConfiguration.class,
				ServerActionsAutoConfiguration.class));

	@Test
	void everyMistakeOfOneStartIsDescribedWithTheActionThatFixesIt() {
		this.runner
			.withBean("noSlash", NoSlash.class)
			.withBean("mappedInside", MappedInside.class)
			.withBean("hiddenVerbs", HiddenVerbs.class)
			.withBean("sameAsNoSlashFixed", OneOrders.class)
			.withBean("otherOrders", OtherOrders.class)
			.withBean("greeter", Greeter.class)
			.withBean("copycat", Copycat.class)
			.withPropertyValues("server-actions.secret=too-short")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				String[] descriptions = { "server-actions.secret must be at least 32 bytes long",
						"@RouteHandler " + NoSlash.class.getName() + " has the path \"orders\", which does not start "
								+ "with '/'.",
						"@RouteHandler " + MappedInside.class.getName() + " maps public java.lang.String "
								+ MappedInside.class.getName() + ".list() with a @RequestMapping annotation",
						"@RouteHandler " + HiddenVerbs.class.getName() + " has a method named after POST that is private",
						"@RouteHandler " + HiddenVerbs.class.getName() + " has a method named after PUT that is static",
						"@RouteHandler " + OtherOrders.class.getName() + " and @RouteHandler " + OneOrders.class.getName()
								+ " both answer \"/orders/{key}\", but one path has one route handler.",
						"Two server actions are named \"greetings.wave\"",
						"@ServerAction " + Greeter.class.getName() + ".hidden() is private",
						"@ServerAction " + Copycat.class.getName() + ".shared() is static" };
				assertThat(analysis.getDescription()).startsWith("Server Actions found 9 mistakes in the application:")
					.contains(descriptions);
				assertThat(analysis.getAction()).contains("Write @RouteHandler(\"/orders\").",
						"Remove the annotation from list()", "Make post() public, or rename it.",
						"Make put() an instance method (not static), or rename it.",
						"Move the verb methods of one class into the other.",
						"Give one of them another name with @ServerAction(\"...\").",
						"Make " + Greeter.class.getName() + ".hidden() public.",
						"Make " + Copycat.class.getName() + ".shared() an instance method (remove static).",
						"Generate one with: openssl rand -base64 32");
				// the same number before a mistake and before its fix
				for (int i = 1; i <= 9; i++) {
					assertThat(analysis.getDescription()).contains("\n" + i + ". ");
					assertThat(analysis.getAction()).containsPattern("(^|\n)" + i + "\\. ");
				}
			});
	}

	@Test
	void aSingleMistakeIsDescribedWithoutNumbers() {
		this.runner.withBean("noSlash", NoSlash.class).run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("Server Actions found a mistake in the application:\n\n"
					+ "@RouteHandler " + NoSlash.class.getName() + " has the path \"orders\", which does not start "
					+ "with '/'.");
			assertThat(analysis.getAction()).isEqualTo("Write @RouteHandler(\"/orders\").");
		});
	}

	@Test
	void theStartFailsBeforeTheWebServerStartsAndWithoutMistakesItStarts() {
		this.runner.withBean("orders", OneOrders.class).run((context) -> assertThat(context).hasNotFailed());
		this.runner.withBean("noSlash", NoSlash.class)
			.run((context) -> assertThat(context).getFailure().rootCause().isInstanceOf(StartupMistakesException.class));
	}

	private static FailureAnalysis analyze(Throwable failure) {
		FailureAnalysis analysis = new StartupMistakesFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("an analysis of %s", failure).isNotNull();
		return analysis;
	}

	@RouteHandler("orders")
	static class NoSlash {

		public String get() {
			return "orders";
		}

	}

	@RouteHandler("/mapped")
	static class MappedInside {

		public String get() {
			return "mapped";
		}

		@GetMapping("/list")
		public String list() {
			return "list";
		}

	}

	@RouteHandler("/hidden")
	static class HiddenVerbs {

		public String get() {
			return "visible";
		}

		private String post() {
			return "hidden";
		}

		public static String put() {
			return "shared";
		}

	}

	@RouteHandler("/orders/{id}")
	static class OneOrders {

		public String get(String id) {
			return id;
		}

	}

	@RouteHandler("/orders/{key}")
	static class OtherOrders {

		public String delete(String key) {
			return key;
		}

	}

	static class Greeter {

		@ServerAction("greetings.wave")
		public void wave() {
		}

		@ServerAction
		private void hidden() {
		}

	}

	static class Copycat {

		@ServerAction("greetings.wave")
		public void wave2() {
		}

		@ServerAction
		public static void shared() {
		}

	}

}
