package dev.serveractions.docs.examples;

/** The employee of the Spring HATEOAS example in docs/route-handlers.md. */
public record Employee(long id, String name, String role) {

}
