package dev.serveractions.docs.examples;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The demo's {@code TodoInput}: the JSON body of the API. */
public record TodoInput(@NotBlank @Size(max = 200) String text, Boolean completed) {

	public boolean isCompleted() {
		return Boolean.TRUE.equals(this.completed);
	}

}
