package dev.serveractions.examples.todo.browser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.serveractions.examples.todo.Todo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the demo looks like: its own stylesheet on every page (and on its error page), a header
 * that says where you are, a layout that fits a phone, controls big enough to tap, and each
 * todo's file field behind a disclosure. Computed styles and boxes are what the user sees, so
 * the tests read those.
 */
class LayoutBrowserTests extends TodoPageBrowserTest {

	/** A phone's viewport (an iPhone SE's width, rounded). */
	private static final int PHONE_WIDTH = 375;

	private static final int PHONE_HEIGHT = 740;

	/** The page background of the stylesheet, #f4f6f8 (a browser's own is white). */
	private static final String PAGE_BACKGROUND = "rgb(244, 246, 248)";

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
			assertThat(ComputedStyle.of(page.locator("body"), "backgroundColor")).as(path).isEqualTo(PAGE_BACKGROUND);
			assertThat(ComputedStyle.of(page.locator("header.site"), "backgroundColor")).as(path)
				.isEqualTo("rgb(255, 255, 255)");
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

	@Test
	void aPageThatFailsIsTheDemosOwnErrorPageWithTheHeaderAndAWayBack() {
		Page page = openTodos(false);
		Response response = page.navigate(url("/todos/999999/edit"));
		assertThat(response.status()).isEqualTo(404);
		expect(page.locator("h1")).hasText("Not Found");
		expect(page.locator("header.site nav a")).hasText(new String[] { "Overview", "Todos", "Stats", "API" });
		assertThat(ComputedStyle.of(page.locator("body"), "backgroundColor")).isEqualTo(PAGE_BACKGROUND);
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

	/** Whether the box of {@code inner} lies inside the box of {@code outer}. */
	private static boolean within(Locator inner, Locator outer) {
		var in = inner.boundingBox();
		var out = outer.boundingBox();
		return in.x >= out.x && in.y >= out.y && in.x + in.width <= out.x + out.width + 0.5
				&& in.y + in.height <= out.y + out.height + 0.5;
	}

}
