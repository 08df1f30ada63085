package dev.serveractions.examples.todo.browser;

import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.serveractions.examples.todo.Todo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Add slowly" takes a moment ({@code TodoActions.SLOW}): what the user sees meanwhile, and
 * what a double click does.
 */
class PendingStateBrowserTests extends TodoPageBrowserTest {

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void whileASlowActionRunsTheFormIsBusyAndItsButtonsAreDisabled(boolean javaScript) {
		Page page = openTodos(javaScript);
		page.getByLabel("New todo").fill("Slow milk");
		page.locator("#add-slowly").click(new Locator.ClickOptions().setNoWaitAfter(true));
		if (javaScript) {
			expect(page.locator("#add")).hasAttribute("aria-busy", "true");
			expect(page.locator("#add-slowly")).isDisabled();
			expect(page.locator("#add-button")).isDisabled();
			expect(page.getByLabel("New todo")).hasValue("Slow milk");
		}
		// JavaScript off, the pending state is the browser's own (its loading indicator): the
		// page is not scripted and stays as it was until the answer replaces it
		expect(page.locator("ul.todos > li .text")).hasText(new String[] { "Slow milk" });
		expect(page.locator("#add")).not().hasAttribute("aria-busy", "true");
		expect(page.locator("#add-slowly")).isEnabled();
		expect(page.locator("#add-button")).isEnabled();
		assertThat(this.todos.findAll(null)).extracting(Todo::text).containsExactly("Slow milk");
	}

	/**
	 * JavaScript on, the runtime disables the form's buttons at the first click, so a double
	 * click submits once. JavaScript off, nothing in the page can stop the second click:
	 * Chromium often drops a second form submission that starts while the first is loading, but
	 * not always (under load it sends both, and the server then runs the action twice). So with
	 * JavaScript off the test asserts what the browser does, whichever it is: every post it sent
	 * ran exactly once, and the page shows what was stored.
	 */
	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void aDoubleClickOnASlowActionSubmitsOnceWithTheRuntime(boolean javaScript) {
		Page page = openTodos(javaScript);
		AtomicInteger posts = new AtomicInteger();
		page.onRequest((request) -> {
			if ("POST".equals(request.method())) {
				posts.incrementAndGet();
			}
		});
		page.getByLabel("New todo").fill("Slow milk");
		page.locator("#add-slowly").dblclick(new Locator.DblclickOptions().setNoWaitAfter(true));
		if (javaScript) {
			expect(page.locator("ul.todos > li .text")).hasText(new String[] { "Slow milk" });
			expect(page.locator("#add-slowly")).isEnabled();
			assertThat(posts).hasValue(1);
			assertThat(this.todos.findAll(null)).extracting(Todo::text).containsExactly("Slow milk");
		}
		else {
			expect(page.locator("ul.todos > li .text").first()).hasText("Slow milk");
			assertThat(posts.get()).isBetween(1, 2);
			// a cancelled first post still runs on the server: wait until it has
			page.waitForCondition(() -> this.todos.findAll(null).size() == posts.get());
			assertThat(this.todos.findAll(null)).extracting(Todo::text).containsOnly("Slow milk");
		}
	}

}
