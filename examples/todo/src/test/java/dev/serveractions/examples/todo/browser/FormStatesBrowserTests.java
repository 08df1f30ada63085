package dev.serveractions.examples.todo.browser;

import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import dev.serveractions.examples.todo.Todo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The states of a form a user has to see on the demo's pages: pending (the runtime's
 * {@code aria-busy}, styled), a field that failed validation, and an action that failed, with
 * JavaScript on and off where both exist. The tests read computed styles: what the user sees.
 */
class FormStatesBrowserTests extends TodoPageBrowserTest {

	/** The error colour of the stylesheet, #b42318. */
	private static final String ERROR_COLOUR = "rgb(180, 35, 24)";

	/** The background of an error message, #fef3f2. */
	private static final String ERROR_BACKGROUND = "rgb(254, 243, 242)";

	/**
	 * The answer is held back (the test stands in for a slow network), so that the pending state
	 * can be looked at for as long as it takes; JavaScript off, the pending state is the browser's.
	 */
	@Test
	void whileAnActionIsPendingTheFormLooksBusyAndTheClickedButtonSpins() {
		Todo milk = this.todos.add("Buy milk", false);
		Page page = openTodos(true);
		AtomicReference<Route> held = new AtomicReference<>();
		page.route("**/todos", (route) -> {
			if ("POST".equals(route.request().method())) {
				held.set(route);
			}
			else {
				route.resume();
			}
		});
		page.getByLabel("New todo").fill("Buy bread");
		page.locator("#add-button").click(new Locator.ClickOptions().setNoWaitAfter(true));
		page.waitForCondition(() -> held.get() != null);
		expect(page.locator("#add")).hasAttribute("aria-busy", "true");
		expect(page.locator("#add-button")).isDisabled();
		assertThat(ComputedStyle.of(page.locator("#add"), "cursor")).isEqualTo("progress");
		assertThat(ComputedStyle.of(page.locator("#add-button"), "::after", "animationName")).isEqualTo("spin");
		assertThat(ComputedStyle.of(page.locator("#add-slowly"), "::after", "animationName"))
			.as("only the clicked button spins").isEqualTo("none");
		assertThat(ComputedStyle.of(page.locator("body"), "::before", "animationName"))
			.as("the progress bar at the top of the page").isEqualTo("progress");
		assertThat(ComputedStyle.of(page.locator("#add-slowly"), "opacity")).isNotEqualTo("1");
		assertThat(ComputedStyle.of(item(page, milk).locator(".toggle button"), "::after", "animationName"))
			.as("the other forms are not pending").isEqualTo("none");

		held.get().resume();
		expect(page.locator("ul.todos > li .text")).hasText(new String[] { "Buy milk", "Buy bread" });
		expect(page.locator("#add")).not().hasAttribute("aria-busy", "true");
		assertThat(ComputedStyle.of(page.locator("#add-button"), "::after", "animationName")).isEqualTo("none");
		assertThat(ComputedStyle.of(page.locator("body"), "::before", "animationName")).isEqualTo("none");
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void anInvalidTodoShowsItsMessageInTheErrorColourUnderTheMarkedFieldWithTheInputKept(boolean javaScript) {
		Page page = openTodos(javaScript);
		page.getByLabel("New todo").fill("   ");
		page.locator("#add-button").click();
		expect(page.locator("#text-error")).isVisible();
		expect(page.locator("#text-error")).hasText("must not be blank");
		expect(page.getByLabel("New todo")).hasValue("   ");
		assertThat(ComputedStyle.of(page.locator("#text-error"), "color")).isEqualTo(ERROR_COLOUR);
		assertThat(ComputedStyle.of(page.getByLabel("New todo"), "borderTopColor")).as("the field is marked")
			.isEqualTo(ERROR_COLOUR);
		assertThat(below(page.locator("#text-error"), page.getByLabel("New todo")))
			.as("the message is under the field").isTrue();
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void aFailedActionSaysSoInAnAlertInTheErrorColours(boolean javaScript) {
		Todo milk = this.todos.add("Buy milk", false);
		Page page = openStaleTodos(javaScript);
		this.todos.delete(milk.id());
		this.revalidation.revalidateTag("todos");
		item(page, milk).locator(".toggle button").click();
		expect(page.locator("#error")).hasText("That todo no longer exists.");
		expect(page.locator("#error")).hasAttribute("role", "alert");
		assertThat(ComputedStyle.of(page.locator("#error"), "color")).isEqualTo(ERROR_COLOUR);
		assertThat(ComputedStyle.of(page.locator("#error"), "backgroundColor")).isEqualTo(ERROR_BACKGROUND);
	}

	/** An answer that is no page of the action (here a problem): the runtime's message, next to the form. */
	@Test
	void aProblemAnswerShowsTheRuntimesAlertInTheErrorColoursWithTheInputKept() {
		Page page = openTodos(true);
		page.route("**/todos", (route) -> {
			if ("POST".equals(route.request().method())) {
				route.fulfill(new Route.FulfillOptions().setStatus(503).setContentType("application/problem+json")
					.setBody("{\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"Try again in a minute.\"}"));
			}
			else {
				route.resume();
			}
		});
		page.getByLabel("New todo").fill("Buy milk");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
		Locator alert = page.locator("[data-sa-alert]");
		expect(alert).hasText("Try again in a minute.");
		expect(page.getByLabel("New todo")).hasValue("Buy milk");
		assertThat(ComputedStyle.of(alert, "color")).isEqualTo(ERROR_COLOUR);
		assertThat(ComputedStyle.of(alert, "backgroundColor")).isEqualTo(ERROR_BACKGROUND);
	}

	/** Whether the box of {@code lower} starts below the bottom of the box of {@code upper}. */
	private static boolean below(Locator lower, Locator upper) {
		return lower.boundingBox().y >= upper.boundingBox().y + upper.boundingBox().height;
	}

}
