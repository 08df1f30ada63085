package org.springframework.samples.clinic;

/** A value the application's own formatter converts ({@link PetTypeFormatter}). */
public record PetType(String name) {

}
