package dev.serveractions.action.ownerapp;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The application's exception handling, as it has it for its controllers. */
@ControllerAdvice
class OwnerAdvice {

	@ExceptionHandler(OwnerConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(OwnerConflictException ex, Model model) {
		model.addAttribute("reason", ex.getMessage());
		return "owners/conflict";
	}

}
