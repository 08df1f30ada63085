package dev.serveractions.shapes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Chromium for the tests of one class: Debian's {@code /usr/bin/chromium} (or
 * {@code -Dbrowser.executable}), else Playwright's own; without either the tests fail.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

	private Playwright playwright;

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		Path executable = Path.of(System.getProperty("browser.executable", "/usr/bin/chromium"));
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"));
		if (Files.isExecutable(executable)) {
			this.playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			options.setExecutablePath(executable);
		}
		else {
			this.playwright = Playwright.create();
		}
		this.browser = this.playwright.chromium().launch(options);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	/** A page in a new context of its own, with JavaScript on or off. */
	public Page open(boolean javaScript) {
		return this.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript)).newPage();
	}

}
