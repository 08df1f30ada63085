package dev.serveractions.examples.todo;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.SpringApplicationAotProcessor;
import org.springframework.context.aot.AbstractAotProcessor.Settings;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native-image hints Spring AOT generates for the demo, as {@code spring-boot:process-aot}
 * does: what a GraalVM native image of it needs to reach by reflection and as resources.
 * (There is no GraalVM on the build machines; these hints are what is tested.) A plain JUnit
 * test with no Spring test context: it runs the AOT processing itself, in either mode.
 */
class NativeHintsTests {

	private static RuntimeHints hints;

	@BeforeAll
	static void processTheDemoAheadOfTime(@TempDir Path output) {
		Settings settings = Settings.builder()
			.sourceOutput(output)
			.resourceOutput(output)
			.classOutput(output)
			.groupId("dev.serveractions")
			.artifactId("todo")
			.build();
		// processing starts from the application's configuration classes, also when these tests run
		// in AOT mode (which would otherwise mean: use the generated code)
		String aotMode = System.getProperty("spring.aot.enabled");
		System.setProperty("spring.aot.enabled", "false");
		System.setProperty("spring.aot.processing", "true");
		try (GenericApplicationContext context = new DemoAotProcessor(settings).prepare()) {
			DefaultGenerationContext generation = new DefaultGenerationContext(
					new ClassNameGenerator(ClassName.get(TodoApplication.class)), new InMemoryGeneratedFiles());
			new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
			hints = generation.getRuntimeHints();
		}
		finally {
			System.clearProperty("spring.aot.processing");
			if (aotMode != null) {
				System.setProperty("spring.aot.enabled", aotMode);
			}
			else {
				System.clearProperty("spring.aot.enabled");
			}
		}
	}

	@Test
	void everyVerbMethodOfTheRouteHandlersCanBeInvoked() {
		for (String verb : new String[] { "get", "put", "patch", "delete" }) {
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TodoRoute.class, verb)).accepts(hints);
		}
		for (String verb : new String[] { "get", "post" }) {
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TodosRoute.class, verb)).accepts(hints);
		}
	}

	@Test
	void theRecordsTheApiReadsAndWritesAsJsonCanBeBound() {
		assertThat(RuntimeHintsPredicates.reflection().onType(Todo.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Todo.class, "text")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TodoInput.class, "text")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TodoPatch.class, "completed")).accepts(hints);
	}

	@Test
	void everyServerActionAndTheLoaderThatRunsBeforeOneCanBeInvoked() {
		for (String action : new String[] { "create", "createSlowly", "toggle", "delete", "completeAll",
				"clearCompleted", "attach" }) {
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TodoActions.class, action)).accepts(hints);
		}
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TodoEditActions.class, "update"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TodoEditActions.class, "load")).accepts(hints);
	}

	@Test
	void theFormsTheActionsTakeCanBeBoundByTheDataBinder() {
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TodoForm.class, "text")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TodoEditForm.class, "setText"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TodoEditForm.class, "setCompleted"))
			.accepts(hints);
	}

	@Test
	void theClientRuntimeScriptIsIncludedAsAResource() {
		assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/server-actions/runtime.js")).accepts(hints);
	}

	/** Spring Boot's AOT processor, up to the prepared (not yet refreshed) application context. */
	private static final class DemoAotProcessor extends SpringApplicationAotProcessor {

		DemoAotProcessor(Settings settings) {
			super(TodoApplication.class, settings, new String[0]);
		}

		GenericApplicationContext prepare() {
			return prepareApplicationContext(TodoApplication.class);
		}

	}

}
