package dev.serveractions.route.hateoasapp;

public record Employee(long id, String name, String role) {

}
