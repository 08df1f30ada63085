package dev.serveractions.action.app;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** A JavaBean form object, bound through its setters. */
public class ContactForm {

	@NotBlank
	@Email
	private String email = "";

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
