package dev.serveractions.examples.kotlin

import kotlin.reflect.jvm.javaMethod
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.context.SpringBootTest
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment
import org.springframework.boot.test.web.server.LocalServerPort
import org.springframework.jdbc.core.JdbcTemplate

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NoteRoutesTests(@Autowired val notes: NoteRepository, @Autowired val jdbc: JdbcTemplate) {

	@LocalServerPort
	var port = 0

	private val http by lazy { Http(port) }

	@BeforeEach
	fun emptyTable() {
		jdbc.update("delete from note")
	}

	@Test
	fun `the class files carry no parameter names, so they come from Kotlin's metadata`() {
		assertThat(NoteRoute::get.javaMethod!!.parameters.single().isNamePresent).isFalse()
		val note = notes.add("Read")
		assertThat(http.send("GET", "/api/notes/${note.id}").body())
			.isEqualTo("""{"id":${note.id},"text":"Read","pinned":false,"tag":null}""")
	}

	@Test
	fun `a missing note is a 404 problem and a path variable that is not a Long a 400 problem`() {
		val missing = http.send("GET", "/api/notes/999999")
		assertThat(missing.statusCode()).isEqualTo(404)
		assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json")
		val wrong = http.send("GET", "/api/notes/seven")
		assertThat(wrong.statusCode()).isEqualTo(400)
		assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json")
	}

	@Test
	fun `put reads a data class with Jackson's Kotlin module, default values and nullable fields included`() {
		val note = notes.add("Old", pinned = true, tag = "home")
		val response = http.send("PUT", "/api/notes/${note.id}", """{"text":" New "}""")
		assertThat(response.statusCode()).isEqualTo(200)
		assertThat(response.body()).isEqualTo("""{"id":${note.id},"text":"New","pinned":false,"tag":null}""")
		assertThat(notes.find(note.id)).isEqualTo(Note(note.id, "New"))
		val tagged = http.send("PUT", "/api/notes/${note.id}", """{"text":"New","pinned":true,"tag":"work"}""")
		assertThat(tagged.body()).isEqualTo("""{"id":${note.id},"text":"New","pinned":true,"tag":"work"}""")
	}

	@Test
	fun `put with blank text is a 400 problem naming the field`() {
		val note = notes.add("Keep")
		for (body in listOf("""{"text":"  "}""", """{}""", """{"text":null}""")) {
			val response = http.send("PUT", "/api/notes/${note.id}", body)
			assertThat(response.statusCode()).describedAs(body).isEqualTo(400)
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json")
		}
		assertThat(notes.find(note.id)!!.text).isEqualTo("Keep")
	}

	@Test
	fun `delete returning Unit answers 204 No Content`() {
		val note = notes.add("Gone soon")
		val response = http.send("DELETE", "/api/notes/${note.id}")
		assertThat(response.statusCode()).isEqualTo(204)
		assertThat(response.body()).isEmpty()
		assertThat(notes.find(note.id)).isNull()
		assertThat(http.send("DELETE", "/api/notes/${note.id}").statusCode()).isEqualTo(404)
	}

	@Test
	fun `a nullable query parameter is optional and a default argument applies when it is missing`() {
		repeat(25) { notes.add("Note $it") }
		notes.add("Milk")
		assertThat(http.send("GET", "/api/notes").body().split("\"id\"")).hasSize(21)
		assertThat(http.send("GET", "/api/notes?limit=3").body().split("\"id\"")).hasSize(4)
		assertThat(http.send("GET", "/api/notes?q=milk").body()).contains("\"Milk\"").doesNotContain("Note 1")
	}

	@Test
	fun `a non-null query parameter is required, a 400 problem when missing`() {
		notes.add("Buy milk")
		val missing = http.send("GET", "/api/notes/search")
		assertThat(missing.statusCode()).isEqualTo(400)
		assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json")
		assertThat(missing.body()).contains("q")
		assertThat(http.send("GET", "/api/notes/search?q=MILK").body()).contains("Buy milk")
	}

	@Test
	fun `post creates a note from JSON with defaults and answers 201 with its location`() {
		val response = http.send("POST", "/api/notes", """{"text":"Call Ann","tag":"phone"}""")
		assertThat(response.statusCode()).isEqualTo(201)
		val id = notes.findAll().single().id
		assertThat(response.headers().firstValue("Location")).hasValue("/api/notes/$id")
		assertThat(response.body()).isEqualTo("""{"id":$id,"text":"Call Ann","pinned":false,"tag":"phone"}""")
	}

	@Test
	fun `a suspend get maps, binds its path variable by name and applies its default argument`() {
		val note = notes.add("one two three four five")
		val response = http.send("GET", "/api/notes/${note.id}/summary")
		assertThat(response.statusCode()).isEqualTo(200)
		assertThat(response.body()).isEqualTo("""{"id":${note.id},"words":["one","two","three"],"more":true}""")
		assertThat(http.send("GET", "/api/notes/${note.id}/summary?words=9").body()).endsWith(""""more":false}""")
		assertThat(http.send("GET", "/api/notes/999999/summary").statusCode()).isEqualTo(404)
	}

	@Test
	fun `a Flow streams one note a line as NDJSON and is a JSON array for application json`() {
		notes.add("first")
		notes.add("second")
		val streamed = http.send("GET", "/api/notes/stream", null, "Accept" to "application/x-ndjson")
		assertThat(streamed.statusCode()).isEqualTo(200)
		assertThat(streamed.headers().firstValue("Content-Type").get()).startsWith("application/x-ndjson")
		assertThat(streamed.body().lines().filter { it.isNotEmpty() }).hasSize(2)
			.allSatisfy { assertThat(it).startsWith("{\"id\":") }
		val array = http.send("GET", "/api/notes/stream", null, "Accept" to "application/json")
		assertThat(array.body()).startsWith("[").contains("\"second\"", "\"first\"").endsWith("]")
	}

}
