package dev.serveractions.docs.examples;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page controller of the server-actions page, for the snippets that test it. */
@Controller
public class TodoPage {

	@GetMapping("/todos")
	String todos(Model model) {
		model.addAttribute("todoForm", new TodoForm(""));
		return "todos";
	}

}
