package dev.serveractions.action.ownerapp;

/** Handled by the application's {@link OwnerAdvice}. */
class OwnerConflictException extends RuntimeException {

	OwnerConflictException(String message) {
		super(message);
	}

}
