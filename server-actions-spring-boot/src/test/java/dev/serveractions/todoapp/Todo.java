package dev.serveractions.todoapp;

public record Todo(long id, String text) {

}
