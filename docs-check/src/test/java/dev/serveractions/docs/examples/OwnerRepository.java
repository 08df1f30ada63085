package dev.serveractions.docs.examples;

/** Where owners are kept. */
public class OwnerRepository {

	public Owner find(int id) {
		return new Owner();
	}

	public void save(Owner owner) {
	}

}
