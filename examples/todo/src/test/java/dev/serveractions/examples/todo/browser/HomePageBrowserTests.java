package dev.serveractions.examples.todo.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HomePageBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void theHomePageLinksToTheJsonApiWhichAnswersInTheBrowser(boolean javaScript) {
		Page page = browser.open(javaScript);
		page.navigate("http://127.0.0.1:" + this.port + "/");
		assertThat(page.title()).contains("todo demo");
		page.click("a[href='/api/todos']");
		assertThat(page.url()).endsWith("/api/todos");
		assertThat(page.content()).contains("[");
		page.context().close();
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void theHomePageLinksToTheServerActionsPage(boolean javaScript) {
		Page page = browser.open(javaScript);
		page.navigate("http://127.0.0.1:" + this.port + "/");
		assertThat(page.locator("body").innerText()).contains("Server actions");
		page.click("h2 a[href='/todos']");
		assertThat(page.url()).endsWith("/todos");
		assertThat(page.title()).startsWith("Todos");
		assertThat(page.getByLabel("New todo").isVisible()).isTrue();
		page.context().close();
	}

}
