package dev.serveractions.route.hateoasapp;

public record NewEmployee(String name, String role) {

}
