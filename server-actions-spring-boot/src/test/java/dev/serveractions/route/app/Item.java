package dev.serveractions.route.app;

public record Item(long id, String name, int quantity) {
}
