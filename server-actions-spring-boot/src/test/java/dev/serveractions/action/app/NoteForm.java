package dev.serveractions.action.app;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record NoteForm(@NotBlank @Size(max = 20) String text, @Nullable LocalDate due) {

}
