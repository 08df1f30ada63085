package dev.serveractions.examples.kotlin.browser

import com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat
import dev.serveractions.examples.kotlin.NoteRepository
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.extension.RegisterExtension
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.ValueSource
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.context.SpringBootTest
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment
import org.springframework.boot.test.web.server.LocalServerPort
import org.springframework.jdbc.core.JdbcTemplate

/** The `/notes` page in a real Chromium, with JavaScript off (plain posts) and on (the client runtime). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NotesPageBrowserTests(@Autowired val notes: NoteRepository, @Autowired val jdbc: JdbcTemplate) {

	companion object {
		@JvmField
		@RegisterExtension
		val browser = Browser()
	}

	@LocalServerPort
	var port = 0

	@BeforeEach
	fun emptyTable() {
		jdbc.update("delete from note")
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = [false, true])
	fun `a note is added, a blank one is refused with the input kept, and a note is pinned and deleted`(javaScript: Boolean) {
		val page = browser.open(javaScript)
		page.navigate("http://127.0.0.1:$port/notes")
		assertThat(page.locator("#empty")).isVisible()

		page.fill("#text", "Buy milk")
		page.click("#add-button")
		assertThat(page.locator("ul.notes li .text")).hasText("Buy milk")
		assertThat(page.locator("#text")).hasValue("")

		page.fill("#text", "   ")
		page.click("#add-button")
		assertThat(page.locator("#text-error")).hasText("must not be blank")
		assertThat(page.locator("#text")).hasValue("   ")

		page.click("ul.notes li .pin button")
		assertThat(page.locator("ul.notes li.pinned .pin button")).hasText("Unpin")

		page.click("ul.notes li .delete button")
		assertThat(page.locator("#empty")).isVisible()
		org.assertj.core.api.Assertions.assertThat(notes.count()).isZero()
		page.context().close()
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = [false, true])
	fun `an import with a line too long adds nothing, the transaction rolled back`(javaScript: Boolean) {
		val page = browser.open(javaScript)
		page.navigate("http://127.0.0.1:$port/notes")
		page.fill("#lines", "first\nsecond\n" + "x".repeat(201))
		page.click("#import-button")
		assertThat(page.locator("#error")).hasText("Line too long: none of the notes were added.")
		assertThat(page.locator("#empty")).isVisible()

		page.fill("#lines", "first\nsecond")
		page.click("#import-button")
		assertThat(page.locator("#imported")).hasText("Imported 2 notes.")
		assertThat(page.locator("ul.notes li")).hasCount(2)
		page.context().close()
	}

}
