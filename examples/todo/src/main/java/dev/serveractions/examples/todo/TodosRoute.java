package dev.serveractions.examples.todo;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import dev.serveractions.revalidation.Revalidates;
import dev.serveractions.route.RouteHandler;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/todos}: list (with {@code ?q=} search) and create. */
@RouteHandler("/api/todos")
public class TodosRoute {

	private final TodoRepository todos;

	TodosRoute(TodoRepository todos) {
		this.todos = todos;
	}

	public List<Todo> get(@RequestParam(name = "q", required = false) String query) {
		return this.todos.findAll(query);
	}

	@Revalidates(tags = "todos")
	public ResponseEntity<Todo> post(@Valid @RequestBody TodoInput input) {
		Todo todo = this.todos.add(input.text().strip(), input.isCompleted());
		return ResponseEntity.created(URI.create("/api/todos/" + todo.id())).body(todo);
	}

}
