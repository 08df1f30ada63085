package dev.serveractions.action;

import java.net.http.HttpResponse;

import dev.serveractions.action.visitapp.VisitApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A template naming an action that does not exist, in an application started with
 * {@code SpringApplication} as in production: the error page (messages shown, as devtools has it)
 * and the log name the template, the line and the nearest known name.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnknownActionNameTests {

	private static final String MESSAGE = "No server action is named \"visitController.processCreationFrom\"; "
			+ "did you mean \"visitController.processCreationForm\"?";

	private static final String WHERE = "(template: \"visits/typo\" - line 5, col 28)";

	@Test
	void withErrorMessagesShownAsInDevelopmentThePageNamesTheTemplateTheLineAndTheNearestName() throws Exception {
		try (ConfigurableApplicationContext context = start("spring.web.error.include-message=always")) {
			HttpResponse<String> page = new ActionClient(port(context)).get("/visits/typo");
			assertThat(page.statusCode()).isEqualTo(500);
			assertThat(page.body().replace("&quot;", "\"")).contains(MESSAGE).contains(WHERE);
		}
	}

	@Test
	void withErrorMessagesHiddenTheLogNamesThem(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			HttpResponse<String> page = new ActionClient(port(context)).get("/visits/typo");
			assertThat(page.statusCode()).isEqualTo(500);
			assertThat(page.body()).isNotBlank();
			assertThat(output).contains(MESSAGE).contains(WHERE);
		}
	}

	@Test
	void theTestSliceHintAppearsOnlyWhereSpringBootsTestSupportFiltersTheScan() {
		WebApplicationContextRunner runner = new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ServerActionsAutoConfiguration.class));
		runner.run((context) -> assertThatIllegalArgumentException()
			.isThrownBy(() -> context.getBean(ServerActions.class).id("notes.add"))
			.withMessage("No server action is named \"notes.add\"; this application context has no server actions."));
		runner.withBean(TypeExcludeFilter.class)
			.run((context) -> assertThatIllegalArgumentException()
				.isThrownBy(() -> context.getBean(ServerActions.class).id("notes.add"))
				.withMessageEndingWith("If this is a test slice (such as @WebMvcTest) that leaves out the bean declaring "
						+ "it, add that bean with @Import(TheActions.class), or test with @SpringBootTest."));
	}

	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(VisitApplication.class)
			.properties("server.port=0", "server.address=127.0.0.1",
					"server-actions.secret=visits-secret-of-at-least-32-bytes!!")
			.properties(properties)
			.run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
