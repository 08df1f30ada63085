package dev.serveractions.diagnostics;

import dev.serveractions.diagnostics.mistakes.MistakenApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class StartupMistakesReportTests {

	@Test
	void anApplicationWithSeveralMistakesPrintsThemAllInSpringBootsFailureReport(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MistakenApplication.class);
		assertThatException().isThrownBy(() -> application.run("--server.port=0"));
		String report = output.getOut() + output.getErr();
		String route = MistakenApplication.OrdersRoute.class.getName();
		String actions = MistakenApplication.OrderActions.class.getName();
		String forgotten = MistakenApplication.ForgottenActions.class.getName();
		assertThat(report).contains("APPLICATION FAILED TO START", "Description:",
				"Server Actions found 3 mistakes in the application:", "Action:");
		String block = report.substring(report.indexOf("APPLICATION FAILED TO START"));
		String description = block.substring(block.indexOf("Description:"), block.indexOf("Action:"));
		String action = block.substring(block.indexOf("Action:"));
		assertThat(description).contains(
				". @RouteHandler " + route + " has the path \"orders\", which does not start with '/'.",
				". @ServerAction " + actions + ".cancel() is private: an action must be a public, non-static method "
						+ "of a bean.",
				". @ServerAction methods in " + forgotten + ", but no bean of that class: its actions would not exist.");
		assertThat(action).contains(". Write @RouteHandler(\"/orders\").", ". Make " + actions + ".cancel() public.",
				". Annotate the class with @Component (or declare it as a @Bean)");
		// the report, not a stack trace, tells what happened
		assertThat(report).doesNotContain("Application run failed");
	}

}
