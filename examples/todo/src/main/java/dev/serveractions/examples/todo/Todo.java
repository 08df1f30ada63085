package dev.serveractions.examples.todo;

/**
 * A todo as stored and as the API returns it.
 *
 * @param id the database id
 * @param text what to do
 * @param completed whether it is done
 */
public record Todo(long id, String text, boolean completed) {
}
