package dev.serveractions.examples.todo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/todos} and {@code PUT /api/todos/{id}}.
 *
 * @param text what to do, required
 * @param completed whether it is done; absent means not done
 */
public record TodoInput(@NotBlank @Size(max = TodoInput.MAX_TEXT) String text, Boolean completed) {

	/** Longest text a todo may have. */
	public static final int MAX_TEXT = 200;

	boolean isCompleted() {
		return Boolean.TRUE.equals(this.completed);
	}

}
