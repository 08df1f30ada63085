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
 * Debian's {@code /usr/bin/chromium} when it is there (another path with
 * {@code -Dbrowser.executable=...}); otherwise the one Playwright keeps in its cache, which it
 * downloads on first use. Without either the tests fail, saying in one line how to get a
 * browser: nothing is skipped.
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static Browser browser = new Browser();
 *
 * Page page = browser.open(false);   // JavaScript off
 * </pre>
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

	/** Where the system's browser is looked for; {@code -Dbrowser.executable} overrides it. */
	static final String SYSTEM_BROWSER = "/usr/bin/chromium";

	/** Why no browser could be started, once known: later test classes fail at once. */
	private static volatile IllegalStateException unavailable;

	private Playwright playwright;

	private com.microsoft.playwright.Browser chromium;

	@Override
	public void beforeAll(ExtensionContext context) {
		if (unavailable != null) {
			throw unavailable;
		}
		Path executable = Path.of(System.getProperty("browser.executable", SYSTEM_BROWSER));
		boolean system = Files.isExecutable(executable);
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setTimeout(60_000)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run"));
		try {
			if (system) {
				this.playwright = Playwright.create(new Playwright.CreateOptions()
					.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				options.setExecutablePath(executable);
			}
			else {
				// Playwright installs its own Chromium into its cache unless it is there already
				this.playwright = Playwright.create();
			}
			this.chromium = this.playwright.chromium().launch(options);
		}
		catch (RuntimeException ex) {
			afterAll(context);
			String why = system ? "Could not start the browser at " + executable + ": " + firstLine(ex)
					: "No browser for the browser tests: none at " + executable + " and Playwright could not"
							+ " install its own (" + firstLine(ex) + "). Install Chromium (Debian: apt-get install -y"
							+ " chromium), allow downloads from cdn.playwright.dev, or point -Dbrowser.executable"
							+ " at a Chrome or Chromium.";
			unavailable = new IllegalStateException(why, ex);
			throw unavailable;
		}
	}

	private static String firstLine(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage()).strip();
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end).strip();
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
			this.chromium = null;
		}
		if (this.playwright != null) {
			this.playwright.close();
			this.playwright = null;
		}
	}

}
