package dev.serveractions.docs.examples;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The demo's {@code TodoNotFoundException}: a 404 problem. */
public class TodoNotFoundException extends ResponseStatusException {

	public TodoNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "Todo " + id + " does not exist.");
	}

}
