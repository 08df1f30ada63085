package dev.serveractions.docs.examples;

/** A todo, as the demo's {@code Todo}. */
public record Todo(long id, String text, boolean completed) {
}
