package org.springframework.samples.aotshape;

/** What the route handler and the action answer with, written as JSON. */
public record Visit(long id, String description) {

}
