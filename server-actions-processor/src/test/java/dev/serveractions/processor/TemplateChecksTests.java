package dev.serveractions.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template check, on templates the tests write; the classpath's index (a test resource,
 * standing for a library jar) contributes {@code newsletter.subscribe}.
 */
class TemplateChecksTests {

	private static final String ACTIONS = """
			package com.example;

			import dev.serveractions.action.ServerAction;
			import org.springframework.stereotype.Component;

			@Component
			public class TodoActions {
				@ServerAction("todos.create")
				public void create() { }
				@ServerAction
				public void delete() { }
			}
			""";

	@TempDir
	Path templates;

	@Test
	void anUnknownNameInSaActionFailsWithTheFileTheLineAndTheNearestName() throws IOException {
		write("todos.html", """
				<html xmlns:sa="https://serveractions.dev/dialect">
				<body>
				<form sa:action="todos.create"><button>Add</button></form>
				<form sa:action="todos.craete"><button>Add</button></form>
				</body>
				</html>
				""");
		assertThat(compile()).contains("- " + display("todos.html") + ":4: sa:action=\"todos.craete\" names no "
				+ "server action; did you mean \"todos.create\"?\n")
			.containsOnlyOnce("names no server action");
	}

	@Test
	void formactionActionsIdActionsRanAndServerActionsCallInScriptsAreChecked() throws IOException {
		write("pages/page.html", """
				<html>
				<form sa:action="todoActions.delete">
				  <button sa:formaction="todoActions.delet">Delete</button>
				  <input type="hidden" th:value="${#actions.id('todo.create')}">
				  <p th:if="${#actions.ran('todoActions.dlete')}">Done</p>
				</form>
				<p>Call <code>ServerActions.call('nothing.here')</code> from a script.</p>
				<script>
				  document.body.onload = () => ServerActions.call("todos.creat", {});
				</script>
				</html>
				""");
		assertThat(compile()).contains(
				"- " + display("pages/page.html") + ":3: sa:formaction=\"todoActions.delet\" names no server action; "
						+ "did you mean \"todoActions.delete\"?\n",
				"- " + display("pages/page.html") + ":4: #actions.id('todo.create') names no server action; "
						+ "did you mean \"todos.create\"?\n",
				"- " + display("pages/page.html") + ":5: #actions.ran('todoActions.dlete') names no server action; "
						+ "did you mean \"todoActions.delete\"?\n",
				"- " + display("pages/page.html") + ":9: ServerActions.call(\"todos.creat\") names no server action; "
						+ "did you mean \"todos.create\"?\n")
			.doesNotContain("nothing.here");
	}

	@Test
	void aNameFarFromEveryKnownNameListsTheKnownNames() throws IOException {
		write("page.html", "<form sa:action=\"billing.refund\"></form>\n");
		assertThat(compile()).contains("- " + display("page.html") + ":1: sa:action=\"billing.refund\" names no "
				+ "server action; known actions: [newsletter.subscribe, todoActions.delete, todos.create]\n");
	}

	@Test
	void expressionsAreSkippedAndNamesFromIndexesOnTheClasspathAreKnown() throws IOException {
		write("page.html", """
				<form sa:action="${action}"></form>
				<form sa:action="|todos.${verb}|"></form>
				<form data-sa-action="newsletter.subscribe"></form>
				<script th:inline="javascript">ServerActions.call([[${name}]], {});</script>
				<p th:text="${#actions.id(name)}"></p>
				""");
		assertThat(compile()).doesNotContain("names no server action");
	}

	@Test
	void everyNameAConditionalOrElvisInSaActionCanYieldIsChecked() throws IOException {
		write("owners/form.html", """
				<form th:object="${owner}"
				      sa:action="${owner['new'] ? 'todos.create' : 'todos.craete'}"></form>
				<form sa:action="${kind == 'new'} ? 'todoActions.delet' : 'todos.create'"></form>
				<button sa:formaction="${label ?: 'todoActions.delte'}">Go</button>
				<form sa:action="${'todos.create'}"></form>
				""");
		assertThat(compile()).contains(
				"- " + display("owners/form.html") + ":2: 'todos.craete' in sa:action=\"${owner['new'] ? 'todos.create' "
						+ ": 'todos.craete'}\" names no server action; did you mean \"todos.create\"?\n",
				"- " + display("owners/form.html") + ":3: 'todoActions.delet' in sa:action=\"${kind == 'new'} ? "
						+ "'todoActions.delet' : 'todos.create'\" names no server action; did you mean "
						+ "\"todoActions.delete\"?\n",
				"- " + display("owners/form.html") + ":4: 'todoActions.delte' in sa:formaction=\"${label ?: "
						+ "'todoActions.delte'}\" names no server action; did you mean \"todoActions.delete\"?\n")
			.as("an index and an operand of a comparison are no names").doesNotContain("'new' in")
			.containsOnlyOnce("'todos.craete' in").containsOnlyOnce("'todoActions.delet' in")
			.containsOnlyOnce("'todoActions.delte' in").doesNotContain("'todos.create' in");
	}

	@Test
	void literalsAnExpressionDoesNotYieldAsAWholeAreNotNames() {
		assertThat(ExpressionResults.of("${owner['new'] ? 'owners.create' : 'owners.update'}"))
			.extracting(ExpressionResults.Literal::text)
			.containsExactly("owners.create", "owners.update");
		assertThat(ExpressionResults.of("${kind eq 'a' or kind == 'b' ? 'x.' + kind : #strings.concat('y', 'z')}"))
			.isEmpty();
		assertThat(ExpressionResults.of("${a ? 'one' : (b ? 'two' : 'it''s')}")).extracting(ExpressionResults.Literal::text)
			.containsExactly("one", "two", "it's");
	}

	@Test
	void aMistypedNameInTheDemosTemplateFailsTheBuild() throws IOException {
		String demo = Files.readString(Path.of("../examples/todo/src/main/resources/templates/todos.html"));
		assertThat(demo).contains("sa:action=\"todos.create\"");
		write("todos.html", demo.replace("sa:action=\"todos.create\"", "sa:action=\"todos.craete\""));
		String demoActions = """
				package com.example;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Component;

				@Component
				public class DemoActions {
					@ServerAction("todos.create") public void a() { }
					@ServerAction("todos.createSlowly") public void b() { }
					@ServerAction("todos.toggle") public void c() { }
					@ServerAction("todos.delete") public void d() { }
					@ServerAction("todos.completeAll") public void e() { }
					@ServerAction("todos.clearCompleted") public void f() { }
					@ServerAction("todos.attach") public void g() { }
				}
				""";
		int line = demo.substring(0, demo.indexOf("sa:action=\"todos.create\"")).split("\n", -1).length;
		assertThat(Compile.problems(new String[] { "-Aserveractions.templates=" + this.templates }, demoActions))
			.contains("- " + display("todos.html") + ":" + line + ": sa:action=\"todos.craete\" names no server "
					+ "action; did you mean \"todos.create\"?\n")
			.containsOnlyOnce("names no server action");
	}

	@Test
	void aTemplateDirectoryThatDoesNotExistIsAWarning() {
		Path missing = this.templates.resolve("missing");
		assertThat(Compile.problems(new String[] { "-Aserveractions.templates=" + missing }, ACTIONS))
			.contains("- -Aserveractions.templates=" + missing + " is not a directory: no template was checked\n");
	}

	private String compile() {
		return Compile.problems(new String[] { "-Aserveractions.templates=" + this.templates }, ACTIONS);
	}

	private void write(String name, String content) throws IOException {
		Path file = this.templates.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	private String display(String name) {
		Path file = this.templates.resolve(name).toAbsolutePath();
		Path here = Path.of("").toAbsolutePath();
		return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
	}

}
