package dev.serveractions.docs.examples;

import dev.serveractions.route.RouteHandler;

/** The route handler the test snippets load, as the demo's {@code TodoRoute}. */
@RouteHandler("/api/todos/{id}")
public class TodoRoute {

	private final TodoRepository todos;

	TodoRoute(TodoRepository todos) {
		this.todos = todos;
	}

	public Todo get(long id) {
		return this.todos.find(id).orElseThrow(() -> new TodoNotFoundException(id));
	}

}
