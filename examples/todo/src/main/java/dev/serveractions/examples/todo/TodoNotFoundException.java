package dev.serveractions.examples.todo;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A todo id that does not exist: a {@code 404} problem. */
class TodoNotFoundException extends ErrorResponseException {

	TodoNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Todo " + id + " does not exist."), null);
	}

}
