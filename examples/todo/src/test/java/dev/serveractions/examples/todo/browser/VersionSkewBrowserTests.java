package dev.serveractions.examples.todo.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.serveractions.examples.todo.Todo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page rendered by an older deployment posts an action id that no longer exists. The tests
 * make such a page by changing the id in the open page, as a deployment that renamed the action
 * would have. With JavaScript the runtime reloads the page with the input, and says next to the
 * form what the page without JavaScript says.
 */
class VersionSkewBrowserTests extends TodoPageBrowserTest {

	private static final String OLD_ID = "AAAAAAAAAAAAAAAAAAAAAA";

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void aFormOfAnOlderDeploymentIsRecoveredWithoutLosingTheInput(boolean javaScript) {
		Page page = openTodos(javaScript);
		if (javaScript) {
			markWindow(page);
		}
		page.locator("#add").evaluate("(form, id) => { form.dataset.saAction = id; "
				+ "form.querySelector('input[name=_sa_action]').value = id; }", OLD_ID);
		page.getByLabel("New todo").fill("Buy milk");
		Response response = page.waitForResponse((candidate) -> "POST".equals(candidate.request().method()),
				() -> page.locator("#add-button").click());
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.headers()).containsEntry("sa-action-not-found", "1");
		if (javaScript) {
			// the runtime reloads the page: the form carries the current id again, and the input
			page.waitForCondition(() -> !stillTheSameWindow(page));
			expect(page.locator("#add")).not().hasAttribute("data-sa-action", OLD_ID);
			expect(page.getByLabel("New todo")).hasValue("Buy milk");
			// and says, next to the form, that nothing was saved: as the page without JavaScript does
			Locator alert = page.locator("#add").locator("xpath=preceding-sibling::*[1]");
			expect(alert).hasAttribute("role", "alert");
			expect(alert).containsText("This form is out of date");
			expect(alert).containsText("Reload the page and submit again");
			assertThat(this.todos.findAll(null)).isEmpty();
		}
		else {
			// a page that says so, with the input kept...
			expect(page.locator("h1")).hasText("This form is out of date");
			expect(page.locator("main")).containsText("Reload the page and submit again");
			expect(page.getByLabel("text")).hasValue("Buy milk");
			assertThat(this.todos.findAll(null)).isEmpty();
			// ...and one click opens the current page with it
			page.getByText("Open the current page with my input").click();
			expect(page.getByLabel("New todo")).hasValue("Buy milk");
		}
		page.locator("#add-button").click();
		expect(page.locator("ul.todos > li .text")).hasText(new String[] { "Buy milk" });
		assertThat(this.todos.findAll(null)).extracting(Todo::text).containsExactly("Buy milk");
	}

}
