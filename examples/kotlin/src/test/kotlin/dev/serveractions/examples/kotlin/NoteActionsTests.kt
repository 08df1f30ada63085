package dev.serveractions.examples.kotlin

import dev.serveractions.action.ServerActions
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.springframework.aop.support.AopUtils
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.context.SpringBootTest
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment
import org.springframework.boot.test.web.server.LocalServerPort
import org.springframework.jdbc.core.JdbcTemplate

/** The forms of the `/notes` page, posted as a browser with JavaScript off posts them, and called from script. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NoteActionsTests(
	@Autowired val notes: NoteRepository,
	@Autowired val jdbc: JdbcTemplate,
	@Autowired val actions: ServerActions,
	@Autowired val noteActions: NoteActions,
) {

	@LocalServerPort
	var port = 0

	private val http by lazy { Http(port) }

	@BeforeEach
	fun emptyTable() {
		jdbc.update("delete from note")
	}

	@Test
	fun `create binds the data class form and redirects to the page`() {
		val response = http.post("/notes", "_sa_action" to actions.id("notes.create"), "text" to "  Buy milk ")
		assertThat(response.statusCode()).isEqualTo(303)
		assertThat(response.headers().firstValue("Location").get()).endsWith("/notes")
		assertThat(notes.findAll().map { it.text }).containsExactly("Buy milk")
		assertThat(http.send("GET", "/notes").body()).contains("Buy milk")
	}

	@Test
	fun `create with blank text answers 422 with the page, its error and the input kept`() {
		val tooLong = "x".repeat(201)
		val response = http.post("/notes", "_sa_action" to actions.id("notes.create"), "text" to tooLong)
		assertThat(response.statusCode()).isEqualTo(422)
		assertThat(response.body()).contains("id=\"text-error\"", "value=\"$tooLong\"")
		val blank = http.post("/notes", "_sa_action" to actions.id("notes.create"), "text" to "   ")
		assertThat(blank.statusCode()).isEqualTo(422)
		assertThat(blank.body()).contains("must not be blank")
		assertThat(notes.count()).isZero()
	}

	@Test
	fun `delete takes its Long id from the signed bound value`() {
		val note = notes.add("Gone soon")
		val response = http.post("/notes", "_sa_action" to actions.id("notes.delete"),
				"_sa_bind" to actions.bind("notes.delete", listOf(note.id)))
		assertThat(response.statusCode()).isEqualTo(303)
		assertThat(notes.find(note.id)).isNull()
	}

	@Test
	fun `a non-null bound parameter without a value is a 400 and runs nothing`() {
		notes.add("Stays")
		val response = http.post("/notes", "_sa_action" to actions.id("notes.delete"),
				"_sa_bind" to actions.bind("notes.delete", listOf<Any>()))
		assertThat(response.statusCode()).isEqualTo(400)
		val nullValue = http.post("/notes", "_sa_action" to actions.id("notes.delete"),
				"_sa_bind" to actions.bind("notes.delete", listOf(null)))
		assertThat(nullValue.statusCode()).isEqualTo(400)
		assertThat(notes.count()).isEqualTo(1)
	}

	@Test
	fun `a nullable bound parameter is optional, sa_bind may leave it out or bind null`() {
		val note = notes.add("Pin me")
		val toggle = http.post("/notes", "_sa_action" to actions.id("notes.pin"),
				"_sa_bind" to actions.bind("notes.pin", listOf(note.id)))
		assertThat(toggle.statusCode()).isEqualTo(303)
		assertThat(notes.find(note.id)!!.pinned).isTrue()
		http.post("/notes", "_sa_action" to actions.id("notes.pin"),
				"_sa_bind" to actions.bind("notes.pin", listOf(note.id, true)))
		assertThat(notes.find(note.id)!!.pinned).isTrue()
		http.post("/notes", "_sa_action" to actions.id("notes.pin"),
				"_sa_bind" to actions.bind("notes.pin", listOf(note.id)))
		assertThat(notes.find(note.id)!!.pinned).isFalse()
		http.post("/notes", "_sa_action" to actions.id("notes.pin"),
				"_sa_bind" to actions.bind("notes.pin", listOf(note.id, null)))
		assertThat(notes.find(note.id)!!.pinned).isTrue()
	}

	@Test
	fun `a transactional action rolls back what it wrote when it throws`() {
		assertThat(AopUtils.isAopProxy(noteActions)).describedAs("kotlin-spring opens the class for its proxy").isTrue()
		val response = http.post("/notes", "_sa_action" to actions.id("notes.import"),
				"lines" to "first\nsecond\n" + "x".repeat(201))
		assertThat(response.statusCode()).isEqualTo(422)
		assertThat(response.body()).contains("Line too long: none of the notes were added.")
		assertThat(notes.count()).isZero()
		val imported = http.post("/notes", "_sa_action" to actions.id("notes.import"), "lines" to "first\n\nsecond\n")
		assertThat(imported.statusCode()).isEqualTo(200)
		assertThat(imported.body()).contains("Imported 2 notes.")
		assertThat(notes.count()).isEqualTo(2)
	}

	@Test
	fun `a script call gets the returned data class as JSON`() {
		val response = http.post("/notes", "text" to "Hi",
				headers = listOf("Sa-Action-Name" to "notes.add", "Accept" to "application/json"))
		assertThat(response.statusCode()).isEqualTo(200)
		val id = notes.findAll().single().id
		assertThat(response.body())
			.isEqualTo("""{"outcome":"result","result":{"id":$id,"text":"Hi","pinned":false,"tag":null}}""")
	}

	@Test
	fun `a script call with invalid input gets a 422 problem naming the field`() {
		val response = http.post("/notes", "text" to " ",
				headers = listOf("Sa-Action-Name" to "notes.create", "Accept" to "application/json"))
		assertThat(response.statusCode()).isEqualTo(422)
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json")
		assertThat(response.body()).contains("\"field\":\"text\"")
		assertThat(notes.count()).isZero()
	}

}
