package dev.serveractions.examples.todo.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.serveractions.examples.todo.Todo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Adding, validating, toggling, deleting and clearing todos on {@code /todos}, JavaScript on and off. */
class TodoFormsBrowserTests extends TodoPageBrowserTest {

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void anAddedTodoIsListedAndStoredAndTheInputIsEmptyAgain(boolean javaScript) {
		Page page = openTodos(javaScript);
		if (javaScript) {
			markWindow(page);
		}
		page.getByLabel("New todo").fill("Buy milk");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
		expect(page.locator("ul.todos > li .text")).hasText(new String[] { "Buy milk" });
		expect(page.getByLabel("New todo")).hasValue("");
		expect(page.locator("#empty")).hasCount(0);
		assertThat(this.todos.findAll(null)).extracting(Todo::text, Todo::completed).containsExactly(
				tuple("Buy milk", false));
		if (javaScript) {
			assertThat(stillTheSameWindow(page)).as("updated in place, not reloaded").isTrue();
		}
		assertThat(page.url()).isEqualTo(url("/todos"));
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void aTooLongTextIsRefusedWith422AndTheMessageShowsWithTheInputKept(boolean javaScript) {
		this.todos.add("Existing", false);
		Page page = openTodos(javaScript);
		String tooLong = "x".repeat(201);
		page.getByLabel("New todo").fill(tooLong);
		Response response = page.waitForResponse((candidate) -> "POST".equals(candidate.request().method()),
				() -> page.locator("#add-button").click());
		assertThat(response.status()).isEqualTo(422);
		expect(page.locator("#text-error")).hasText("must be at most 200 characters");
		expect(page.getByLabel("New todo")).hasValue(tooLong);
		expect(page.getByLabel("New todo")).hasAttribute("aria-invalid", "true");
		assertThat(listed(page)).containsExactly("Existing");
		assertThat(this.todos.findAll(null)).extracting(Todo::text).containsExactly("Existing");
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void aBlankTextIsRefusedWithAMessage(boolean javaScript) {
		Page page = openTodos(javaScript);
		page.getByLabel("New todo").fill("   ");
		page.locator("#add-button").click();
		expect(page.locator("#text-error")).hasText("must not be blank");
		assertThat(this.todos.findAll(null)).isEmpty();
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void toggleMarksATodoDoneAndNotDoneAgain(boolean javaScript) {
		Todo milk = this.todos.add("Buy milk", false);
		Todo bread = this.todos.add("Buy bread", false);
		Page page = openTodos(javaScript);
		item(page, milk).getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Done")).click();
		expect(item(page, milk).locator(".toggle button")).hasText("Undo");
		expect(item(page, milk)).hasClass("done");
		expect(item(page, bread).locator(".toggle button")).hasText("Done");
		assertThat(this.todos.find(milk.id()).orElseThrow().completed()).isTrue();
		assertThat(this.todos.find(bread.id()).orElseThrow().completed()).isFalse();

		item(page, milk).locator(".toggle button").click();
		expect(item(page, milk).locator(".toggle button")).hasText("Done");
		assertThat(this.todos.find(milk.id()).orElseThrow().completed()).isFalse();
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void deleteRemovesTheTodoWhoseIdWasBoundIntoItsForm(boolean javaScript) {
		Todo milk = this.todos.add("Buy milk", false);
		Todo bread = this.todos.add("Buy bread", false);
		Page page = openTodos(javaScript);
		item(page, milk).locator(".delete button").click();
		expect(page.locator("ul.todos > li .text")).hasText(new String[] { "Buy bread" });
		assertThat(this.todos.findAll(null)).containsExactly(bread);
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void aBoundIdCopiedFromAnotherFormIsRefusedAndNothingIsDeleted(boolean javaScript) {
		Todo milk = this.todos.add("Buy milk", false);
		Todo bread = this.todos.add("Buy bread", false);
		Page page = openTodos(javaScript);
		// the user edits the page: the delete form of "Buy milk" now carries the signed id of
		// "Buy bread", signed for another action (toggle)
		String foreign = item(page, bread).locator(".toggle input[name=_sa_bind]").getAttribute("value");
		item(page, milk).locator(".delete input[name=_sa_bind]")
			.evaluate("(input, value) => input.value = value", foreign);
		Response response = page.waitForResponse((candidate) -> "POST".equals(candidate.request().method()),
				() -> item(page, milk).locator(".delete button").click());
		assertThat(response.status()).isEqualTo(400);
		if (!javaScript) {
			expect(page.locator("body")).containsText("The form's bound values are missing or were changed");
		}
		assertThat(this.todos.findAll(null)).containsExactly(milk, bread);
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void toggleOnATodoDeletedMeanwhileSaysItNoLongerExists(boolean javaScript) {
		Todo milk = this.todos.add("Buy milk", false);
		Page page = openStaleTodos(javaScript);
		// in another tab, whose delete action revalidates the cached list
		this.todos.delete(milk.id());
		this.revalidation.revalidateTag("todos");
		Response response = page.waitForResponse((candidate) -> "POST".equals(candidate.request().method()),
				() -> item(page, milk).locator(".toggle button").click());
		assertThat(response.status()).isEqualTo(404);
		expect(page.locator("#error")).hasText("That todo no longer exists.");
		expect(page.locator("#empty")).isVisible();
		assertThat(this.todos.findAll(null)).isEmpty();
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void clearCompletedRedirectsToAPageThatSaysHowManyWereCleared(boolean javaScript) {
		this.todos.add("Buy milk", true);
		Todo bread = this.todos.add("Buy bread", false);
		this.todos.add("Call mum", true);
		Page page = openTodos(javaScript);
		if (javaScript) {
			markWindow(page);
		}
		page.locator("#clear-completed button").click();
		expect(page.locator("#cleared")).hasText("Cleared 2 completed todos.");
		expect(page).hasURL(url("/todos?cleared=2"));
		assertThat(listed(page)).containsExactly("Buy bread");
		assertThat(this.todos.findAll(null)).containsExactly(bread);
		if (javaScript) {
			assertThat(stillTheSameWindow(page)).as("updated in place, not reloaded").isTrue();
		}
	}

}
