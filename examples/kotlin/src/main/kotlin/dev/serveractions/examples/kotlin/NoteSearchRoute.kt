package dev.serveractions.examples.kotlin

import dev.serveractions.route.RouteHandler
import org.springframework.web.bind.annotation.RequestParam

@RouteHandler("/api/notes/search")
class NoteSearchRoute(private val notes: NoteRepository) {

	fun get(@RequestParam q: String, @RequestParam limit: Int = 10): List<Note> = notes.findAll(q, limit)

}
