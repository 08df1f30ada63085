package dev.serveractions.examples.todo.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.serveractions.examples.todo.Todo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The edit page {@code /todos/{id}/edit}: a server action that takes the page's path variable,
 * loads the todo with a {@code @ModelAttribute} method, validates, and redirects with a flash
 * message; JavaScript on and off.
 */
class TodoEditBrowserTests extends TodoPageBrowserTest {

	Page openEdit(Todo todo, boolean javaScript) {
		Page page = openTodos(javaScript);
		item(page, todo).getByText("Edit").click();
		expect(page.locator("#heading")).hasText("Edit todo #" + todo.id());
		return page;
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void savingAnEditGoesBackToTheListWithAFlashMessageShownOnce(boolean javaScript) {
		Todo milk = this.todos.add("Buy milk", false);
		Page page = openEdit(milk, javaScript);
		page.getByLabel("Text").fill("Buy oat milk");
		page.getByLabel("Completed").check();
		page.locator("#save").click();
		expect(page.locator("#saved")).hasText("Saved \u201cBuy oat milk\u201d.");
		assertThat(page.url()).isEqualTo(url("/todos"));
		expect(item(page, milk).locator(".text")).hasText("Buy oat milk");
		assertThat(this.todos.findAll(null)).extracting(Todo::text, Todo::completed)
			.containsExactly(tuple("Buy oat milk", true));
		page.reload();
		expect(page.locator("ul.todos > li .text")).hasText(new String[] { "Buy oat milk" });
		expect(page.locator("#saved")).hasCount(0);
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void aValidationErrorKeepsItTheEditPageOfTheSameTodo(boolean javaScript) {
		Todo milk = this.todos.add("Buy milk", false);
		Page page = openEdit(milk, javaScript);
		page.getByLabel("Text").fill("   ");
		Response response = page.waitForResponse((candidate) -> "POST".equals(candidate.request().method()),
				() -> page.locator("#save").click());
		assertThat(response.status()).isEqualTo(422);
		expect(page.locator("#text-error")).hasText("must not be blank");
		expect(page.locator("#heading")).hasText("Edit todo #" + milk.id());
		assertThat(page.url()).isEqualTo(url("/todos/" + milk.id() + "/edit"));
		page.getByLabel("Text").fill("Buy milk today");
		page.locator("#save").click();
		expect(page.locator("#saved")).hasText("Saved \u201cBuy milk today\u201d.");
		assertThat(this.todos.findAll(null)).extracting(Todo::id, Todo::text)
			.containsExactly(tuple(milk.id(), "Buy milk today"));
	}

	@Test
	void theFlashMessageFadesAsThePageScriptSaysAfterTheRuntimeSwappedThePageIn() {
		Todo milk = this.todos.add("Buy milk", false);
		Page page = openEdit(milk, true);
		markWindow(page);
		page.locator("#save").click();
		expect(page.locator("#saved")).isVisible();
		expect(page.locator("#saved")).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(10_000));
		assertThat(stillTheSameWindow(page)).as("the runtime swapped the list in, no reload").isTrue();
	}

	@Test
	void aTodoDeletedMeanwhileShowsAMessageWithTheInputKeptWithTheRuntime() {
		Todo milk = this.todos.add("Buy milk", false);
		Page page = openEdit(milk, true);
		page.getByLabel("Text").fill("My careful rewording");
		this.todos.delete(milk.id());
		page.locator("#save").click();
		expect(page.locator("[data-sa-alert]")).hasText("Todo " + milk.id() + " does not exist.");
		expect(page.getByLabel("Text")).hasValue("My careful rewording");
		assertThat(page.url()).isEqualTo(url("/todos/" + milk.id() + "/edit"));
	}

	@Test
	void aTodoDeletedMeanwhileGetsTheErrorPageWithJavaScriptOff() {
		Todo milk = this.todos.add("Buy milk", false);
		Page page = openEdit(milk, false);
		this.todos.delete(milk.id());
		Response response = page.waitForResponse((candidate) -> "POST".equals(candidate.request().method()),
				() -> page.locator("#save").click());
		assertThat(response.status()).isEqualTo(404);
		expect(page.locator("body")).containsText("Todo " + milk.id() + " does not exist.");
	}

}
