package dev.serveractions.examples.kotlin

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

/** Notes, in Kotlin: route handlers under `/api/notes`, server actions on the `/notes` page. */
@SpringBootApplication
class NotesApplication

fun main(args: Array<String>) {
	runApplication<NotesApplication>(*args)
}
