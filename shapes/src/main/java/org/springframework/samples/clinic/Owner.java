package org.springframework.samples.clinic;

import jakarta.validation.constraints.NotBlank;

/** An owner, a mutable bean as JPA entities are. */
public class Owner {

	private Integer id;

	@NotBlank
	private String name = "";

	private String city = "";

	private PetType favouriteType;

	public Integer getId() {
		return this.id;
	}

	public void setId(Integer id) {
		this.id = id;
	}

	public boolean isNew() {
		return this.id == null;
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

	public PetType getFavouriteType() {
		return this.favouriteType;
	}

	public void setFavouriteType(PetType favouriteType) {
		this.favouriteType = favouriteType;
	}

}
