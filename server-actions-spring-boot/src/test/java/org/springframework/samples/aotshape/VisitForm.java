package org.springframework.samples.aotshape;

/** A form bound by the data binder: its properties need reflection in a native image. */
public class VisitForm {

	private String description = "";

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
