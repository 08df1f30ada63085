package dev.serveractions.examples.todo.browser;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import dev.serveractions.examples.todo.Todo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calling an action from script, {@code ServerActions.call(name, data)}, needs JavaScript by
 * nature; with JavaScript off the same action is posted by its plain form.
 */
class ScriptCallBrowserTests extends TodoPageBrowserTest {

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void markAllDoneFromScriptOrFromItsFormReturnsHowManyChanged(boolean javaScript) {
		this.todos.add("Buy milk", false);
		this.todos.add("Buy bread", true);
		this.todos.add("Call mum", false);
		Page page = openTodos(javaScript);
		if (javaScript) {
			Object outcome = page.evaluate("ServerActions.call('todos.completeAll')");
			assertThat(outcome).isEqualTo(Map.of("outcome", "result", "result", 2));
		}
		else {
			page.getByText("Mark all done").click();
			expect(page.locator("#completed")).hasText("Marked 2 todos done.");
			expect(page.locator("ul.todos > li.done")).hasCount(3);
		}
		assertThat(this.todos.findAll(null)).allMatch(Todo::completed).hasSize(3);
	}

	@Test
	void aScriptCallWithInvalidDataIsRejectedWithTheFieldErrorsAndChangesNothing() {
		Page page = openTodos(true);
		Object failure = page.evaluate("ServerActions.call('todos.create', { text: ' ' })"
				+ ".then(() => 'resolved', (error) => ({ status: error.status, errors: error.problem.errors }))");
		assertThat(failure).isEqualTo(
				Map.of("status", 422, "errors", List.of(Map.of("field", "text", "code", "NotBlank", "message", "must not be blank"))));
		assertThat(this.todos.findAll(null)).isEmpty();
	}

	@Test
	void aScriptCallAddsATodoThatTheNextRenderShows() {
		Page page = openTodos(true);
		Object outcome = page.evaluate("ServerActions.call('todos.create', { text: 'From script' })");
		assertThat(outcome).isEqualTo(Map.of("outcome", "ok"));
		assertThat(this.todos.findAll(null)).extracting(Todo::text).containsExactly("From script");
		page.reload();
		expect(page.locator("ul.todos > li .text")).hasText(new String[] { "From script" });
	}

}
