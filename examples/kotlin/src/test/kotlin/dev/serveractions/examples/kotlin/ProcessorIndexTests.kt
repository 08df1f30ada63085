package dev.serveractions.examples.kotlin

import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/** kapt ran `server-actions-processor` over the Kotlin sources: the index lists their routes and actions. */
class ProcessorIndexTests {

	private val index = javaClass.classLoader.getResource("META-INF/server-actions/index.json")?.readText()

	@Test
	fun `kapt wrote the index with the Kotlin route handlers and their verbs`() {
		assertThat(index).isNotNull()
		assertThat(index).contains(
			""""class": "dev.serveractions.examples.kotlin.NoteRoute", "path": "/api/notes/{id}", "verbs": {"DELETE": "delete", "GET": "get", "PUT": "put"}""",
			""""class": "dev.serveractions.examples.kotlin.NoteSummaryRoute", "path": "/api/notes/{id}/summary"""",
			""""class": "dev.serveractions.examples.kotlin.NotesRoute", "path": "/api/notes", "verbs": {"GET": "get", "POST": "post"}""",
		)
	}

	@Test
	fun `kapt wrote the index with the Kotlin actions and their bound parameter names`() {
		assertThat(index).contains(
			""""name": "notes.create", "class": "dev.serveractions.examples.kotlin.NoteActions", "method": "create", "bound": []""",
			""""name": "notes.delete", "class": "dev.serveractions.examples.kotlin.NoteActions", "method": "delete", "bound": ["id"]""",
			""""name": "notes.pin", "class": "dev.serveractions.examples.kotlin.NoteActions", "method": "pin", "bound": ["id", "pinned"]""",
			""""name": "notes.import", "class": "dev.serveractions.examples.kotlin.NoteActions", "method": "importLines", "bound": []""",
		)
	}

}
