package dev.serveractions.todoapp;

import jakarta.validation.Valid;

import dev.serveractions.route.RouteHandler;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestBody;

@RouteHandler("/api/todos/{id}")
public class TodoRoute {

	private final Todos todos;

	TodoRoute(Todos todos) {
		this.todos = todos;
	}

	public Todo get(long id) {
		return this.todos.find(id).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
	}

	public Todo put(long id, @Valid @RequestBody TodoText input) {
		get(id);
		Todo todo = new Todo(id, input.getText().strip());
		this.todos.update(todo);
		return todo;
	}

	public void delete(long id) {
		if (!this.todos.delete(id)) {
			throw new ErrorResponseException(HttpStatus.NOT_FOUND);
		}
	}

}
