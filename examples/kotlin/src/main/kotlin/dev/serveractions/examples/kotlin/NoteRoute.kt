package dev.serveractions.examples.kotlin

import dev.serveractions.route.RouteHandler
import jakarta.validation.Valid
import org.springframework.web.bind.annotation.RequestBody

@RouteHandler("/api/notes/{id}")
class NoteRoute(private val notes: NoteRepository) {

	fun get(id: Long): Note = notes.find(id) ?: throw NoteNotFoundException(id)

	fun put(id: Long, @Valid @RequestBody input: NoteInput): Note {
		val note = Note(id, input.text.trim(), input.pinned, input.tag)
		if (!notes.update(note)) throw NoteNotFoundException(id)
		return note
	}

	fun delete(id: Long) {
		if (!notes.delete(id)) throw NoteNotFoundException(id)
	}

}
