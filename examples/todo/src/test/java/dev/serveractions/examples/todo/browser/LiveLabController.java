package dev.serveractions.examples.todo.browser;

import dev.serveractions.examples.todo.TodoRepository;
import dev.serveractions.thymeleaf.FragmentCacheModel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A page for {@link LiveTodosBrowserTests}: the todos in a live region next to a text field and a details element. */
@Controller
class LiveLabController {

	private final TodoRepository todos;

	LiveLabController(TodoRepository todos) {
		this.todos = todos;
	}

	@GetMapping("/live-lab")
	String lab(Model model) {
		model.addAttribute("todos", FragmentCacheModel.lazy(() -> this.todos.findAll(null)));
		return "live-lab";
	}

}
