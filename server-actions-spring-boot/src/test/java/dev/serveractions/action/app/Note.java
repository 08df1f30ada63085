package dev.serveractions.action.app;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record Note(long id, String text, @Nullable LocalDate due, @Nullable String attachment) {

}
