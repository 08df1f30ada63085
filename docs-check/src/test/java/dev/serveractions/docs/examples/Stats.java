package dev.serveractions.docs.examples;

/** What the stats page shows. */
public record Stats(long todos, long done) {
}
