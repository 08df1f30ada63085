package dev.serveractions.examples.todo.browser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import dev.serveractions.examples.todo.Todo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the demo looks like: its own stylesheet on every page, a header that says where you are,
 * a layout that fits a phone, controls big enough to tap, and a pending and an error state that
 * a user can see. Computed styles are what the user sees, so the tests read those.
 */
class AppearanceBrowserTests extends TodoPageBrowserTest {

	/** The error colour of the stylesheet, #b42318. */
	private static final String ERROR_COLOUR = "rgb(180, 35, 24)";

	/** A phone's viewport (an iPhone SE's width, rounded). */
	private static final int PHONE_WIDTH = 375;

	private static final int PHONE_HEIGHT = 740;

	@Test
	void everyPageHasTheDemoStylesheetAndTheSameHeaderSayingWhereYouAre() {
		Todo milk = this.todos.add("Buy milk", false);
		Page page = openTodos(false);
		APIResponse stylesheet = page.request().get(url("/css/app.css"));
		assertThat(stylesheet.status()).isEqualTo(200);
		assertThat(stylesheet.headers().get("content-type")).startsWith("text/css");
		Map<String, String> pages = Map.of("/", "Overview", "/todos", "Todos", "/todos/" + milk.id() + "/edit",
				"Todos", "/stats", "Stats");
		pages.forEach((path, current) -> {
			page.navigate(url(path));
			expect(page.locator("header.site nav a")).hasText(new String[] { "Overview", "Todos", "Stats", "API" });
			expect(page.locator("header.site nav a[aria-current=page]")).hasText(current);
			assertThat(page.evaluate("[...document.styleSheets].some((sheet) => sheet.href"
					+ " && new URL(sheet.href).pathname === '/css/app.css' && sheet.cssRules.length > 0)"))
				.as("%s loads the stylesheet", path)
				.isEqualTo(true);
			// applied: the page's background and the header's are the stylesheet's, not the browser's white
			assertThat(style(page.locator("body"), "backgroundColor")).as(path).isEqualTo("rgb(244, 246, 248)");
			assertThat(style(page.locator("header.site"), "backgroundColor")).as(path).isEqualTo("rgb(255, 255, 255)");
		});
	}

	@Test
	void noPageScrollsSidewaysOnAPhoneEvenWithLongWordsAndAnOpenAttachForm() {
		Todo todo = this.todos.add("Read https://docs.spring.io/spring-framework/reference/web/webmvc.html"
				+ "#mvc-ann-requestmapping-uri-templates-and-the-whole-chapter-after-it", false);
		this.attachments.add(todo.id(), "a-file-name-that-goes-on-and-on-without-a-single-space-in-it.txt",
				"notes".getBytes(StandardCharsets.UTF_8));
		Page page = openTodos(false);
		page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		for (String path : List.of("/", "/todos", "/todos/" + todo.id() + "/edit", "/stats")) {
			page.navigate(url(path));
			if (path.equals("/todos")) {
				item(page, todo).getByText("Attach").click();
				expect(item(page, todo).locator("input[type=file]")).isVisible();
				assertThat(within(item(page, todo).locator("form.attach"), item(page, todo)))
					.as("the open attach form stays inside its row").isTrue();
			}
			assertThat(page.evaluate("document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth"))
				.as("%s is no wider than the phone", path)
				.isEqualTo(true);
		}
	}

	@Test
	void everyControlOnTheTodoPageIsLargeEnoughToTapOnAPhone() {
		this.todos.add("Buy milk", false);
		this.todos.add("Buy bread", true);
		Page page = openTodos(false);
		page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		Locator controls = page.locator("button:visible, summary:visible, a.button:visible, input:visible, header nav a");
		assertThat(controls.count()).isGreaterThan(10);
		for (int i = 0; i < controls.count(); i++) {
			Locator control = controls.nth(i);
			assertThat(control.boundingBox().height).as(control.evaluate("(e) => e.outerHTML").toString())
				.isGreaterThanOrEqualTo(44);
			assertThat(control.boundingBox().width).as(control.evaluate("(e) => e.outerHTML").toString())
				.isGreaterThanOrEqualTo(44);
		}
	}

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
		assertThat(style(page.locator("#add"), "cursor")).isEqualTo("progress");
		assertThat(pseudoStyle(page.locator("#add-button"), "::after", "animationName")).isEqualTo("spin");
		assertThat(pseudoStyle(page.locator("#add-slowly"), "::after", "animationName"))
			.as("only the clicked button spins").isEqualTo("none");
		assertThat(pseudoStyle(page.locator("body"), "::before", "animationName"))
			.as("the progress bar at the top of the page").isEqualTo("progress");
		assertThat(style(page.locator("#add-slowly"), "opacity")).isNotEqualTo("1");
		assertThat(pseudoStyle(item(page, milk).locator(".toggle button"), "::after", "animationName"))
			.as("the other forms are not pending").isEqualTo("none");

		held.get().resume();
		expect(page.locator("ul.todos > li .text")).hasText(new String[] { "Buy milk", "Buy bread" });
		expect(page.locator("#add")).not().hasAttribute("aria-busy", "true");
		assertThat(pseudoStyle(page.locator("#add-button"), "::after", "animationName")).isEqualTo("none");
		assertThat(pseudoStyle(page.locator("body"), "::before", "animationName")).isEqualTo("none");
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
		assertThat(style(page.locator("#text-error"), "color")).isEqualTo(ERROR_COLOUR);
		assertThat(style(page.getByLabel("New todo"), "borderTopColor")).as("the field is marked")
			.isEqualTo(ERROR_COLOUR);
		assertThat(below(page.locator("#text-error"), page.getByLabel("New todo")))
			.as("the message is under the field").isTrue();
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void aFailedActionSaysSoInAnAlertInTheErrorColours(boolean javaScript) {
		Todo milk = this.todos.add("Buy milk", false);
		Page page = openTodos(javaScript);
		this.todos.delete(milk.id());
		this.revalidation.revalidateTag("todos");
		item(page, milk).locator(".toggle button").click();
		expect(page.locator("#error")).hasText("That todo no longer exists.");
		expect(page.locator("#error")).hasAttribute("role", "alert");
		assertThat(style(page.locator("#error"), "color")).isEqualTo(ERROR_COLOUR);
		assertThat(style(page.locator("#error"), "backgroundColor")).isEqualTo("rgb(254, 243, 242)");
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
		assertThat(style(alert, "color")).isEqualTo(ERROR_COLOUR);
		assertThat(style(alert, "backgroundColor")).isEqualTo("rgb(254, 243, 242)");
	}

	@Test
	void aPageThatFailsIsTheDemosOwnErrorPageWithTheHeaderAndAWayBack() {
		Page page = openTodos(false);
		Response response = page.navigate(url("/todos/999999/edit"));
		assertThat(response.status()).isEqualTo(404);
		expect(page.locator("h1")).hasText("Not Found");
		expect(page.locator("header.site nav a")).hasText(new String[] { "Overview", "Todos", "Stats", "API" });
		assertThat(style(page.locator("body"), "backgroundColor")).isEqualTo("rgb(244, 246, 248)");
		page.getByText("Back to the todos").click();
		expect(page).hasURL(url("/todos"));
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void theFileFieldOfATodoShowsOnlyOnceItsAttachDisclosureIsOpened(boolean javaScript) {
		Todo milk = this.todos.add("Buy milk", false);
		Todo bread = this.todos.add("Buy bread", false);
		Page page = openTodos(javaScript);
		expect(page.locator("input[type=file]:visible")).hasCount(0);
		item(page, milk).getByText("Attach").click();
		expect(item(page, milk).locator("input[type=file]")).isVisible();
		expect(item(page, milk).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")))
			.isVisible();
		expect(item(page, bread).locator("input[type=file]")).isHidden();
	}

	private static String style(Locator element, String property) {
		return pseudoStyle(element, null, property);
	}

	private static String pseudoStyle(Locator element, String pseudo, String property) {
		return (String) element.evaluate("(e, [pseudo, property]) => getComputedStyle(e, pseudo)[property]",
				Arrays.asList(pseudo, property));
	}

	/** Whether the box of {@code inner} lies inside the box of {@code outer}. */
	private static boolean within(Locator inner, Locator outer) {
		var in = inner.boundingBox();
		var out = outer.boundingBox();
		return in.x >= out.x && in.y >= out.y && in.x + in.width <= out.x + out.width + 0.5
				&& in.y + in.height <= out.y + out.height + 0.5;
	}

	private static boolean below(Locator lower, Locator upper) {
		return lower.boundingBox().y >= upper.boundingBox().y + upper.boundingBox().height;
	}

}
