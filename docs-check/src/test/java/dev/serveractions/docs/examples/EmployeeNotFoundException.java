package dev.serveractions.docs.examples;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A 404 problem, in the Spring HATEOAS example of docs/route-handlers.md. */
public class EmployeeNotFoundException extends ResponseStatusException {

	public EmployeeNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "Employee " + id + " does not exist.");
	}

}
