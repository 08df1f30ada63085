package dev.serveractions.benchmarks;

import java.util.List;

import dev.serveractions.benchmarks.BenchmarkApplication.Todo;
import dev.serveractions.route.RouteHandler;

/** The 20-item list as a route handler. */
@RouteHandler("/route/todos")
public class TodoListRoute {

	private final List<Todo> todos;

	TodoListRoute(List<Todo> todos) {
		this.todos = todos;
	}

	public List<Todo> get() {
		return this.todos;
	}

}
