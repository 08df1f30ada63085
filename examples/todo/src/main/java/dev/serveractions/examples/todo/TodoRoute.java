package dev.serveractions.examples.todo;

import jakarta.validation.Valid;

import dev.serveractions.revalidation.Revalidates;
import dev.serveractions.route.RouteHandler;

import org.springframework.web.bind.annotation.RequestBody;

/** {@code /api/todos/{id}}: read, replace, merge and delete one todo. */
@RouteHandler("/api/todos/{id}")
public class TodoRoute {

	private final TodoRepository todos;

	TodoRoute(TodoRepository todos) {
		this.todos = todos;
	}

	public Todo get(long id) {
		return this.todos.find(id).orElseThrow(() -> new TodoNotFoundException(id));
	}

	@Revalidates(tags = "todos")
	public Todo put(long id, @Valid @RequestBody TodoInput input) {
		Todo replaced = new Todo(id, input.text().strip(), input.isCompleted());
		if (!this.todos.update(replaced)) {
			throw new TodoNotFoundException(id);
		}
		return replaced;
	}

	@Revalidates(tags = "todos")
	public Todo patch(long id, @Valid @RequestBody TodoPatch patch) {
		Todo merged = patch.applyTo(get(id));
		this.todos.update(merged);
		return merged;
	}

	@Revalidates(tags = "todos")
	public void delete(long id) {
		if (!this.todos.delete(id)) {
			throw new TodoNotFoundException(id);
		}
	}

}
