package dev.serveractions.examples.kotlin.browser

import com.microsoft.playwright.Page
import com.microsoft.playwright.Playwright
import com.microsoft.playwright.BrowserType
import java.nio.file.Files
import java.nio.file.Path
import org.junit.jupiter.api.extension.AfterAllCallback
import org.junit.jupiter.api.extension.BeforeAllCallback
import org.junit.jupiter.api.extension.ExtensionContext

/**
 * A real Chromium, driven by Playwright, for the tests of one class: `/usr/bin/chromium` when
 * it is there (`-Dbrowser.executable=...` for another), otherwise Playwright's own. No browser
 * fails the tests, saying how to get one: nothing is skipped.
 */
class Browser : BeforeAllCallback, AfterAllCallback {

	private var playwright: Playwright? = null

	private var chromium: com.microsoft.playwright.Browser? = null

	override fun beforeAll(context: ExtensionContext) {
		val executable = Path.of(System.getProperty("browser.executable", "/usr/bin/chromium"))
		val system = Files.isExecutable(executable)
		val options = BrowserType.LaunchOptions().setHeadless(true).setTimeout(60_000.0)
			.setArgs(listOf("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"))
		try {
			playwright = if (system) {
				options.setExecutablePath(executable)
				Playwright.create(Playwright.CreateOptions().setEnv(mapOf("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD" to "1")))
			} else {
				Playwright.create()
			}
			chromium = playwright!!.chromium().launch(options)
		} catch (ex: RuntimeException) {
			afterAll(context)
			throw IllegalStateException("No browser for the browser tests at $executable and none from Playwright: " +
					"install Chromium (Debian: apt-get install -y chromium) or set -Dbrowser.executable", ex)
		}
	}

	/** A page in a fresh context, with JavaScript on or off. */
	fun open(javaScript: Boolean): Page {
		val context = chromium!!.newContext(com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(javaScript))
		context.setDefaultTimeout(15_000.0)
		return context.newPage()
	}

	override fun afterAll(context: ExtensionContext) {
		chromium?.close()
		chromium = null
		playwright?.close()
		playwright = null
	}

}
