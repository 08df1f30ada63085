package dev.serveractions.examples.todo.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's own scripts with the client runtime: after the runtime swaps an answer into the
 * page, the inline and external scripts of what came in run, in order, as after a navigation,
 * and {@code serveractions:load} fires on {@code document}.
 */
class PageScriptsBrowserTests extends TodoPageBrowserTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Mark all done   | #completed | Marked 2 todos done.
			Clear completed | #cleared   | Cleared 1 completed todo.
			""")
	void thePageScriptThatFadesAStatusMessageStillWorksAfterTheRuntimeSwapsTheAnswerIn(String button,
			String message, String text) {
		this.todos.add("Buy milk", false);
		this.todos.add("Buy bread", false);
		this.todos.add("Call mum", true);
		Page page = openTodos(true);
		markWindow(page);
		page.evaluate("window.__loads = 0;"
				+ " document.addEventListener('serveractions:load', () => window.__loads++)");

		page.getByText(button).click();

		expect(page.locator(message)).hasText(text);
		expect(page.locator(message)).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(10_000));
		page.waitForFunction("window.__loads === 1");
		assertThat(stillTheSameWindow(page)).as("updated in place, not reloaded").isTrue();
	}

	@Test
	void swappedInScriptsRunOnceInDocumentOrderExternalOnesAwaitedAndTheRuntimeIsNotLoadedAgain() {
		Page page = openTodos(true);
		page.route("**/page-script.js", (route) -> route.fulfill(new Route.FulfillOptions()
			.setContentType("text/javascript")
			.setBody("window.__ran.push('external');")));
		page.route("**/todos", (route) -> {
			if (!"POST".equals(route.request().method())) {
				route.resume();
				return;
			}
			route.fulfill(new Route.FulfillOptions().setContentType("text/html;charset=UTF-8").setBody("""
					<!DOCTYPE html><html><head><title>Answer</title>
					<script>window.__ran.push('head: not swapped in');</script></head>
					<body><p id="answer">The answer</p>
					<script>window.__ran.push('first');</script>
					<script src="/_sa/runtime.js?v=0123456789" defer></script>
					<script src="/page-script.js"></script>
					<script type="text/x-template"><p>window.__ran.push('template')</p></script>
					<script>window.__ran.push('second');</script>
					</body></html>
					"""));
		});
		page.evaluate("window.__ran = [];"
				+ " document.addEventListener('serveractions:load', () => window.__ran.push('serveractions:load'))");
		List<String> requested = new ArrayList<>();
		page.onRequest((request) -> requested.add(request.url()));

		page.getByLabel("New todo").fill("Intercepted");
		page.locator("#add-button").click();

		expect(page.locator("#answer")).hasText("The answer");
		page.waitForFunction("window.__ran.includes('serveractions:load')");
		assertThat(page.evaluate("window.__ran"))
			.isEqualTo(List.of("first", "external", "second", "serveractions:load"));
		assertThat(page.title()).isEqualTo("Answer");
		assertThat(requested).noneMatch((url) -> url.contains("/_sa/runtime.js"));
		assertThat(this.todos.findAll(null)).as("the answer was made up by the test").isEmpty();
	}

}
