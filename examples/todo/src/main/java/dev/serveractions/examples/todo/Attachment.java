package dev.serveractions.examples.todo;

/**
 * A file attached to a todo, without its content.
 *
 * @param id the database id
 * @param todoId the todo it belongs to
 * @param name the file name the browser sent
 * @param size the size in bytes
 */
public record Attachment(long id, long todoId, String name, long size) {
}
