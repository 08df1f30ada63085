package dev.serveractions.todoapp;

import jakarta.validation.constraints.NotBlank;

/** What a form or a JSON body says about a todo. */
public class TodoText {

	@NotBlank
	private String text = "";

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
