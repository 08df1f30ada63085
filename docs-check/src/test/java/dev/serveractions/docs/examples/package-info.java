/**
 * The application types the docs' snippets use without declaring them, with the methods the
 * snippets call: the todo list of the demo ({@code examples/todo}, whose {@code TodoRepository},
 * {@code Todo}, {@code TodoInput}... these follow) and the owners of the {@code @PostMapping} port.
 * Snippets get {@code import dev.serveractions.docs.examples.*}, so a type a snippet declares wins.
 */
package dev.serveractions.docs.examples;
