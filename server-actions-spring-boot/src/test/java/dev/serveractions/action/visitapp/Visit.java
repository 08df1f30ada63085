package dev.serveractions.action.visitapp;

/** A visit, new until it has an id. */
public record Visit(Integer id, String description) {

	public boolean isNew() {
		return this.id == null;
	}

}
