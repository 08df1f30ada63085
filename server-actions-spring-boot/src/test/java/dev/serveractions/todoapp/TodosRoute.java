package dev.serveractions.todoapp;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dev.serveractions.route.RouteHandler;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@RouteHandler("/api/todos")
public class TodosRoute {

	private final Todos todos;

	TodosRoute(Todos todos) {
		this.todos = todos;
	}

	public List<Todo> get(@RequestParam(name = "q", required = false) @Nullable String query) {
		return this.todos.all().stream().filter((todo) -> query == null || todo.text().contains(query)).toList();
	}

	public ResponseEntity<Todo> post(@Valid @RequestBody TodoText input) {
		Todo todo = this.todos.add(input.getText().strip());
		return ResponseEntity.created(URI.create("/api/todos/" + todo.id())).body(todo);
	}

}
