package dev.serveractions.examples.todo.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.serveractions.examples.todo.AttachmentRepository;
import dev.serveractions.examples.todo.Todo;
import dev.serveractions.examples.todo.TodoRepository;
import dev.serveractions.revalidation.RevalidationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the browser tests of the {@code /todos} page share: the application (one Spring context
 * for every test class of the module with this same configuration), empty tables before each
 * test, a Chromium per test class, and a fresh browser context per page, closed after the test.
 * Tests assert what a user sees (text on the page) and what the database holds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class TodoPageBrowserTest {

	/** Started before, and closed after, each test class. */
	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TodoRepository todos;

	@Autowired
	AttachmentRepository attachments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RevalidationService revalidation;

	private final List<Page> pages = new ArrayList<>();

	@BeforeEach
	void emptyTables() {
		this.jdbc.sql("delete from attachment").update();
		this.jdbc.sql("delete from todo").update();
	}

	@AfterEach
	void closePages() {
		this.pages.forEach((page) -> page.context().close());
	}

	/** Opens the todo page in a fresh browser context with JavaScript on or off. */
	Page openTodos(boolean javaScript) {
		// the tests write to the database behind the application's back, so the cached list
		// must be told, as any writer outside the app's own actions and routes would have to
		this.revalidation.revalidateTag("todos");
		Page page = browser.open(javaScript);
		this.pages.add(page);
		page.navigate(url("/todos"));
		return page;
	}

	/**
	 * The list as a tab shows it before its live refresh arrives (the stream blocked, as a
	 * buffering proxy or a dropped connection would): a test that changes the data behind the
	 * page and then acts on the old rows needs the old rows to stay.
	 */
	Page openStaleTodos(boolean javaScript) {
		this.revalidation.revalidateTag("todos");
		Page page = browser.open(javaScript);
		this.pages.add(page);
		page.route("**/_sa/live**", (route) -> route.abort());
		page.navigate(url("/todos"));
		return page;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/** The list item of a todo. */
	static Locator item(Page page, Todo todo) {
		return page.locator("#todo-" + todo.id());
	}

	/** The texts of the todos listed on the page, in order. */
	static List<String> listed(Page page) {
		return page.locator("ul.todos > li .text").allTextContents();
	}

	/** Playwright's retrying assertions (AssertJ's {@code assertThat} has the shorter name here). */
	static LocatorAssertions expect(Locator locator) {
		return PlaywrightAssertions.assertThat(locator);
	}

	static PageAssertions expect(Page page) {
		return PlaywrightAssertions.assertThat(page);
	}

	/**
	 * Marks the page's window, so that a test can tell whether a later step reloaded the page
	 * (the mark is gone) or the runtime updated it in place (the mark stays). JavaScript on only.
	 */
	static void markWindow(Page page) {
		page.evaluate("window.__notReloaded = true");
	}

	static boolean stillTheSameWindow(Page page) {
		try {
			return Boolean.TRUE.equals(page.evaluate("window.__notReloaded === true"));
		}
		catch (PlaywrightException ex) {
			return false; // the page was being replaced while we asked
		}
	}

}
