package dev.serveractions.action.ownerapp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An owner, a JavaBean as the form binds it. */
public class Owner {

	private Integer id;

	@NotBlank
	private String name;

	@Size(max = 20)
	private String city = "";

	public Owner() {
	}

	public Owner(Integer id, String name, String city) {
		this.id = id;
		this.name = name;
		this.city = city;
	}

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

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public boolean isNew() {
		return this.id == null;
	}

}
