package dev.serveractions.todoapp;

import dev.serveractions.action.ServerAction;
import jakarta.validation.Valid;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The list page's action. */
@Component
public class TodoActions {

	private final Todos todos;

	TodoActions(Todos todos) {
		this.todos = todos;
	}

	@ServerAction("todos.add")
	public String add(@Valid @ModelAttribute("todo") TodoText todo, BindingResult result) {
		if (result.hasErrors()) {
			return "todoapp/todos";
		}
		this.todos.add(todo.getText().strip());
		return "redirect:/todos";
	}

}
