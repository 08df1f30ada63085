package dev.serveractions.examples.kotlin

import org.springframework.stereotype.Controller
import org.springframework.ui.Model
import org.springframework.web.bind.annotation.GetMapping

@Controller
class NotesPageController(private val notes: NoteRepository) {

	@GetMapping("/notes")
	fun page(model: Model): String {
		model.addAttribute("notes", notes.findAll())
		model.addAttribute("noteForm", NoteForm())
		model.addAttribute("importForm", ImportForm())
		return "notes"
	}

}
