package dev.serveractions.examples.kotlin

import dev.serveractions.route.RouteHandler
import kotlinx.coroutines.delay
import org.springframework.web.bind.annotation.RequestParam

@RouteHandler("/api/notes/{id}/summary")
class NoteSummaryRoute(private val notes: NoteRepository) {

	suspend fun get(id: Long, @RequestParam words: Int = 3): NoteSummary {
		delay(10) // e.g. another service, called without blocking a thread
		val note = notes.find(id) ?: throw NoteNotFoundException(id)
		val all = note.text.split(' ').filter { it.isNotEmpty() }
		return NoteSummary(id, all.take(words), all.size > words)
	}

}
