package dev.serveractions.examples.todo.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.serveractions.examples.todo.Todo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live pages on {@code /todos}: two browser windows (two contexts, as two users) on the list;
 * what one does, the other shows within a second, without a reload and without losing what its
 * user is doing; the window that acted shows its own answer and refreshes no second time.
 */
class LiveTodosBrowserTests extends TodoPageBrowserTest {

	/** Within a second of the acting window showing its answer. */
	private static final LocatorAssertions.HasTextOptions WITHIN_A_SECOND = new LocatorAssertions.HasTextOptions()
		.setTimeout(1000);

	private final List<Page> opened = new ArrayList<>();

	@Test
	void addingTogglingAndDeletingInOneWindowUpdatesTheOtherWithinASecondWithoutAReload() {
		Page acting = openTodos(true);
		Page watching = openTodos(true);
		countRefreshes(acting);
		countRefreshes(watching);
		markWindow(watching);

		acting.getByLabel("New todo").fill("Buy milk");
		acting.locator("#add-button").click();
		expect(acting.locator("ul.todos > li .text")).hasText(new String[] { "Buy milk" });
		expect(watching.locator("ul.todos > li .text")).hasText(new String[] { "Buy milk" }, WITHIN_A_SECOND);

		Todo milk = this.todos.findAll(null).get(0);
		item(acting, milk).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("Done")).click();
		expect(item(acting, milk).locator("form.toggle button")).hasText("Undo");
		expect(item(watching, milk).locator("form.toggle button")).hasText("Undo", WITHIN_A_SECOND);

		item(acting, milk).locator("form.delete button").click();
		expect(acting.locator("#empty")).hasText("Nothing to do.");
		expect(watching.locator("#empty")).hasText("Nothing to do.", WITHIN_A_SECOND);

		assertThat(stillTheSameWindow(watching)).as("updated in place, not reloaded").isTrue();
		assertThat(refreshes(watching)).as("one refresh of the watching window per change").isEqualTo(3);
		acting.waitForTimeout(600); // longer than the debounce and a refresh: a second refresh would have come
		assertThat(refreshes(acting)).as("the acting window showed its own answers, no refresh on top").isZero();
	}

	@Test
	void aRefreshKeepsTypedInputFocusCaretAndOpenDetails() {
		Page acting = openTodos(true);
		Page watching = openLab();
		markWindow(watching);
		watching.locator("#more summary").click();
		watching.locator("#note").fill("half typed");
		watching.locator("#note").evaluate("note => { note.focus(); note.setSelectionRange(2, 6); }");

		acting.getByLabel("New todo").fill("Buy milk");
		acting.locator("#add-button").click();
		expect(acting.locator("ul.todos > li .text")).hasText(new String[] { "Buy milk" });

		expect(watching.locator("#lab-list li")).hasText(new String[] { "Buy milk" }, WITHIN_A_SECOND);
		expect(watching.locator("#note")).hasValue("half typed");
		assertThat(watching.evaluate("[document.activeElement.id, document.activeElement.selectionStart, "
				+ "document.activeElement.selectionEnd]")).isEqualTo(List.of("note", 2, 6));
		expect(watching.locator("#more")).hasAttribute("open", "");
		assertThat(stillTheSameWindow(watching)).isTrue();
	}

	@Test
	void withJavaScriptOffThePageOpensNoStreamAndItsFormsWorkAsBefore() {
		List<String> requested = new ArrayList<>();
		Page page = openWatched(false, requested);
		page.getByLabel("New todo").fill("Buy milk");
		page.locator("#add-button").click();
		expect(page.locator("ul.todos > li .text")).hasText(new String[] { "Buy milk" });
		expect(page.locator("#todo-list > template")).hasCount(1);
		assertThat(requested).noneMatch((url) -> url.contains("/_sa/live"));

		List<String> withScript = new ArrayList<>();
		openWatched(true, withScript).waitForTimeout(300);
		assertThat(withScript).filteredOn((url) -> url.contains("/_sa/live")).hasSize(1);
	}

	@Test
	void aRefreshRefusedAfterSigningOutKeepsThePageAndStopsItsLiveUpdates() {
		List<String> requested = new ArrayList<>();
		Page page = browser.open(true);
		this.opened.add(page);
		page.context().onRequest((request) -> requested.add(request.url()));
		this.todos.add("Buy milk", false);
		this.revalidation.revalidateTag("todos");
		page.navigate(url("/live-lab/sign-in?user=ada"));
		page.navigate(url("/live-lab/private")); // its URL without the session id of the first redirect
		expect(page.locator("#lab-list li")).hasText(new String[] { "Buy milk" });
		page.evaluate("window.__stopped = null; document.addEventListener('sa:live-stopped', "
				+ "(event) => window.__stopped = { status: event.detail.status, url: event.detail.url })");
		page.waitForCondition(() -> requested.stream().anyMatch((url) -> url.contains("/_sa/live")));
		page.waitForTimeout(300); // the stream is open
		page.locator("#note").fill("half typed");
		markWindow(page);

		page.context().clearCookies(); // signed out: in another tab, or the session expired
		this.todos.add("Buy bread", false);
		this.revalidation.revalidateTag("todos");

		page.waitForCondition(() -> page.evaluate("window.__stopped") != null);
		assertThat(page.evaluate("[window.__stopped.status, window.__stopped.url.includes('/live-lab/sign-in')]"))
			.isEqualTo(List.of(200, true));
		expect(page).hasTitle("Live lab");
		expect(page.locator("#lab-list li")).hasText(new String[] { "Buy milk" });
		expect(page.locator("#note")).hasValue("half typed");
		assertThat(page.url()).endsWith("/live-lab/private");
		assertThat(stillTheSameWindow(page)).isTrue();

		requested.clear();
		this.todos.add("Buy eggs", false);
		this.revalidation.revalidateTag("todos");
		page.waitForTimeout(1500);
		assertThat(requested).as("no stream and no refresh after the stop").isEmpty();
	}

	private Page openLab() {
		Page page = openTodos(true);
		page.navigate(url("/live-lab"));
		return page;
	}

	/** Opens {@code /todos} in a fresh context, listing the URLs the page requests. */
	private Page openWatched(boolean javaScript, List<String> requested) {
		Page page = browser.open(javaScript);
		this.opened.add(page);
		page.context().onRequest((request) -> requested.add(request.url()));
		page.navigate(url("/todos"));
		return page;
	}

	@AfterEach
	void closeWatched() {
		this.opened.forEach((page) -> page.context().close());
	}

	private static void countRefreshes(Page page) {
		page.evaluate("window.__refreshes = 0; document.addEventListener('sa:refresh', () => window.__refreshes++)");
	}

	private static int refreshes(Page page) {
		return ((Number) page.evaluate("window.__refreshes")).intValue();
	}

}
