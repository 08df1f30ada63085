package dev.serveractions.docs.examples;

/** The demo's {@code TodoEditForm}: the edit form, a JavaBean bound onto the stored todo. */
public class TodoEditForm {

	private String text = "";

	private boolean completed;

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
