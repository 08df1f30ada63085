package dev.serveractions.docs.examples;

import dev.serveractions.action.ServerAction;
import jakarta.validation.Valid;

import org.springframework.stereotype.Component;

/** The actions bean of the server-actions page, for the snippets that test it. */
@Component
public class TodoActions {

	private final TodoRepository todos;

	TodoActions(TodoRepository todos) {
		this.todos = todos;
	}

	@ServerAction("todos.create")
	public void create(@Valid TodoForm form) {
		this.todos.add(form.text(), false);
	}

}
