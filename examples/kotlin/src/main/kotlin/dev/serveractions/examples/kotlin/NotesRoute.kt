package dev.serveractions.examples.kotlin

import dev.serveractions.route.RouteHandler
import jakarta.validation.Valid
import java.net.URI
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestParam

@RouteHandler("/api/notes")
class NotesRoute(private val notes: NoteRepository) {

	fun get(@RequestParam q: String?, @RequestParam limit: Int = 20): List<Note> = notes.findAll(q, limit)

	fun post(@Valid @RequestBody input: NoteInput): ResponseEntity<Note> {
		val note = notes.add(input.text.trim(), input.pinned, input.tag)
		return ResponseEntity.created(URI.create("/api/notes/${note.id}")).body(note)
	}

}
