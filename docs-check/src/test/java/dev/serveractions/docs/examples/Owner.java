package dev.serveractions.docs.examples;

import jakarta.validation.constraints.NotBlank;

/** An owner of the edit form that moves from {@code @PostMapping} to a server action. */
public class Owner {

	private Integer id;

	@NotBlank
	private String name = "";

	public Integer getId() {
		return this.id;
	}

	public void setId(Integer id) {
		this.id = id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isNew() {
		return this.id == null;
	}

}
