package dev.serveractions.examples.kotlin

import dev.serveractions.route.RouteHandler
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

@RouteHandler("/api/notes/stream")
class NoteStreamRoute(private val notes: NoteRepository) {

	fun get(): Flow<Note> = flow {
		for (note in notes.findAll()) {
			emit(note)
			delay(5)
		}
	}

}
