package dev.serveractions.examples.todo.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Chromium, driven by Playwright, shared by the tests of one class. The browser is
 * Debian's {@code /usr/bin/chromium} (or {@code -Dbrowser.executable=...}); Playwright's own
 * browser download is switched off. A missing browser fails the tests: nothing is skipped.
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static Browser browser = new Browser();
 *
 * Page page = browser.open(false);   // JavaScript off
 * </pre>
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

	private Playwright playwright;

	private com.microsoft.playwright.Browser chromium;

	@Override
	public void beforeAll(ExtensionContext context) {
		Path executable = Path.of(System.getProperty("browser.executable", "/usr/bin/chromium"));
		if (!Files.isExecutable(executable)) {
			throw new IllegalStateException("No browser at " + executable
					+ ": install it (apt-get install -y chromium) or set -Dbrowser.executable");
		}
		this.playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
				.setHeadless(true)
				.setTimeout(60_000)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run")));
	}

	/** A page in a fresh context (no cookies shared with other pages), with JavaScript on or off. */
	public Page open(boolean javaScript) {
		BrowserContext context = this.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setJavaScriptEnabled(javaScript));
		context.setDefaultTimeout(15_000);
		return context.newPage();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.chromium != null) {
			this.chromium.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

}
