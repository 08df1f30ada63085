package dev.serveractions.examples.kotlin

import jakarta.validation.constraints.NotBlank
import jakarta.validation.constraints.Size
import org.springframework.http.HttpStatus
import org.springframework.web.server.ResponseStatusException

/** A note, as the API answers it: `tag` is `null` when the note has none. */
data class Note(val id: Long, val text: String, val pinned: Boolean = false, val tag: String? = null)

/** What `PUT /api/notes/{id}` and `POST /api/notes` read: `pinned` defaults to `false`, `tag` may be left out. */
data class NoteInput(
	@field:NotBlank @field:Size(max = 200) val text: String,
	val pinned: Boolean = false,
	val tag: String?,
)

/** What the add form of the `/notes` page posts. */
data class NoteForm(@field:NotBlank @field:Size(max = 200) val text: String = "")

/** What the import form posts: one note a line. */
data class ImportForm(val lines: String = "")

/** What `GET /api/notes/{id}/summary` answers. */
data class NoteSummary(val id: Long, val words: List<String>, val more: Boolean)

class NoteNotFoundException(id: Long) : ResponseStatusException(HttpStatus.NOT_FOUND, "No note $id")
