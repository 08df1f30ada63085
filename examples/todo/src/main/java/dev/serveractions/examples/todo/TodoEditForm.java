package dev.serveractions.examples.todo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The edit form of one todo: a JavaBean, so that the stored todo is loaded first and the
 * submitted fields are bound onto it (load-then-bind), as a Spring MVC edit form does.
 */
public class TodoEditForm {

	private long id;

	@NotBlank
	@Size(max = TodoInput.MAX_TEXT)
	private String text = "";

	private boolean completed;

	static TodoEditForm of(Todo todo) {
		TodoEditForm form = new TodoEditForm();
		form.id = todo.id();
		form.text = todo.text();
		form.completed = todo.completed();
		return form;
	}

	public long getId() {
		return this.id;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public boolean isCompleted() {
		return this.completed;
	}

	public void setCompleted(boolean completed) {
		this.completed = completed;
	}

}
