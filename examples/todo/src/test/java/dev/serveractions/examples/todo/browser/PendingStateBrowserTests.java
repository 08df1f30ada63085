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

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void aDoubleClickOnASlowActionSubmitsOnce(boolean javaScript) {
		Page page = openTodos(javaScript);
		AtomicInteger posts = new AtomicInteger();
		page.onRequest((request) -> {
			if ("POST".equals(request.method())) {
				posts.incrementAndGet();
			}
		});
		page.getByLabel("New todo").fill("Slow milk");
		// JavaScript on, the runtime disables the buttons at the first click. JavaScript off,
		// Chromium itself drops a second, identical form submission while the first is loading
		// (other browsers may not: that is what the runtime adds)
		page.locator("#add-slowly").dblclick(new Locator.DblclickOptions().setNoWaitAfter(true));
		expect(page.locator("ul.todos > li .text")).hasText(new String[] { "Slow milk" });
		expect(page.locator("#add-slowly")).isEnabled();
		assertThat(posts).hasValue(1);
		assertThat(this.todos.findAll(null)).extracting(Todo::text).containsExactly("Slow milk");
	}

}
