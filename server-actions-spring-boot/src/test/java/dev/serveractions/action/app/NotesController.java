package dev.serveractions.action.app;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** An ordinary page controller that knows nothing about actions. */
@Controller
public class NotesController {

	private final NoteStore store;

	NotesController(NoteStore store) {
		this.store = store;
	}

	@GetMapping("/notes")
	String notes(Model model) {
		model.addAttribute("noteForm", new NoteForm("", null));
		model.addAttribute("notes", this.store.all());
		return "notes";
	}

	/** The page's own POST mapping, which action posts must not reach. */
	@PostMapping("/notes")
	@ResponseBody
	String post() {
		this.store.calls.incrementAndGet();
		return "page post";
	}

}
