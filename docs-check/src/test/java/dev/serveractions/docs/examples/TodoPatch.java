package dev.serveractions.docs.examples;

/** The demo's {@code TodoPatch}: a partial change of a todo. */
public record TodoPatch(String text, Boolean completed) {
}
