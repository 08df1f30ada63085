package dev.serveractions.docs.examples;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The demo's {@code TodoForm}: the add form of the todo page. */
public record TodoForm(@NotBlank @Size(max = 200) String text) {
}
