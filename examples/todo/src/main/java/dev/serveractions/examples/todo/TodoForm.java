package dev.serveractions.examples.todo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the add form of the {@code /todos} page posts to {@link TodoActions}.
 *
 * @param text what to do, required, at most {@value TodoInput#MAX_TEXT} characters
 */
public record TodoForm(@NotBlank @Size(max = TodoInput.MAX_TEXT,
		message = "must be at most {max} characters") String text) {

	String strippedText() {
		return (this.text != null) ? this.text.strip() : "";
	}

}
