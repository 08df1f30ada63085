package dev.serveractions.examples.kotlin

import dev.serveractions.action.ActionResult
import dev.serveractions.action.Bound
import dev.serveractions.action.ServerAction
import dev.serveractions.action.UserFacingException
import jakarta.validation.Valid
import org.springframework.http.HttpStatus
import org.springframework.stereotype.Component
import org.springframework.transaction.annotation.Transactional
import org.springframework.validation.BindingResult

@Component
class NoteActions(private val notes: NoteRepository) {

	@ServerAction("notes.create")
	fun create(@Valid form: NoteForm, result: BindingResult): ActionResult? {
		if (result.hasErrors()) return null // 422: the page again, with the input and the errors
		notes.add(form.text.trim())
		return ActionResult.redirect("/notes")
	}

	@ServerAction("notes.delete")
	fun delete(@Bound id: Long) {
		if (!notes.delete(id)) throw UserFacingException(HttpStatus.NOT_FOUND, "That note no longer exists.")
	}

	/** `sa:bind="${note.id}"` toggles; `sa:bind="${ {note.id, true} }"` pins. */
	@ServerAction("notes.pin")
	fun pin(@Bound id: Long, @Bound pinned: Boolean?) {
		if (!notes.pin(id, pinned)) throw UserFacingException(HttpStatus.NOT_FOUND, "That note no longer exists.")
	}

	/** Adds a note and answers it: a script call (`Accept: application/json`) gets it as JSON. */
	@ServerAction("notes.add")
	fun add(@Valid form: NoteForm): Note = notes.add(form.text.trim())

	@Transactional
	@ServerAction("notes.import")
	fun importLines(form: ImportForm): Int {
		val lines = form.lines.lines().map { it.trim() }.filter { it.isNotEmpty() }
		for (line in lines) {
			if (line.length > 200) throw UserFacingException("Line too long: none of the notes were added.")
			notes.add(line)
		}
		return lines.size
	}

}
