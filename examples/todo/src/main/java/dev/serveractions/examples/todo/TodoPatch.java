package dev.serveractions.examples.todo;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PATCH /api/todos/{id}}: only the fields present change.
 *
 * @param text new text, or absent to keep it
 * @param completed new state, or absent to keep it
 */
public record TodoPatch(@Size(max = TodoInput.MAX_TEXT) @Pattern(regexp = "(?s).*\\S.*",
		message = "must not be blank") String text, Boolean completed) {

	Todo applyTo(Todo todo) {
		return new Todo(todo.id(), (this.text != null) ? this.text : todo.text(),
				(this.completed != null) ? this.completed : todo.completed());
	}

}
