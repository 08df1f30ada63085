package dev.serveractions.benchmarks;

import java.util.List;

import dev.serveractions.benchmarks.BenchmarkApplication.Todo;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The same 20-item list as a hand-written controller: the baseline. */
@RestController
public class TodoListController {

	private final List<Todo> todos;

	TodoListController(List<Todo> todos) {
		this.todos = todos;
	}

	@GetMapping("/controller/todos")
	public List<Todo> list() {
		return this.todos;
	}

}
