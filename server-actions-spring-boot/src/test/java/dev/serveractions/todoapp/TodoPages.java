package dev.serveractions.todoapp;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class TodoPages {

	private final Todos todos;

	TodoPages(Todos todos) {
		this.todos = todos;
	}

	@GetMapping("/todos")
	String list(Model model) {
		model.addAttribute("todos", this.todos.all());
		model.addAttribute("todo", new TodoText());
		return "todoapp/todos";
	}

	/** An ordinary page that reads a query parameter, as most applications have. */
	@GetMapping("/todos/search")
	String search(@RequestParam String q, Model model) {
		model.addAttribute("todos", this.todos.all().stream().filter((todo) -> todo.text().contains(q)).toList());
		model.addAttribute("todo", new TodoText());
		return "todoapp/todos";
	}

	@GetMapping("/todos/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Todo todo = this.todos.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		TodoText text = new TodoText();
		text.setText(todo.text());
		model.addAttribute("todo", text);
		return "todoapp/edit";
	}

}
