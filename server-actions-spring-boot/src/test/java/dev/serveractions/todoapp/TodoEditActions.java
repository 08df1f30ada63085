package dev.serveractions.todoapp;

import dev.serveractions.action.ServerAction;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The edit page's actions: their loader and they take the page's {@code {id}}. */
@Component
public class TodoEditActions {

	private final Todos todos;

	TodoEditActions(Todos todos) {
		this.todos = todos;
	}

	@ModelAttribute("todo")
	TodoText load(@PathVariable long id) {
		Todo todo = this.todos.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		TodoText text = new TodoText();
		text.setText(todo.text());
		return text;
	}

	@ServerAction("todos.update")
	public String update(@PathVariable long id, @Valid @ModelAttribute("todo") TodoText todo, BindingResult result) {
		if (result.hasErrors()) {
			return "todoapp/edit";
		}
		this.todos.update(new Todo(id, todo.getText().strip()));
		return "redirect:/todos";
	}

	@ServerAction("todos.remove")
	public String remove(@PathVariable long id) {
		this.todos.delete(id);
		return "redirect:/todos";
	}

}
