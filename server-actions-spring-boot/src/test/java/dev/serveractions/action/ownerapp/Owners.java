package dev.serveractions.action.ownerapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The owners, in memory; copies go in and out, as with a database. */
@Component
public class Owners {

	private final Map<Integer, Owner> owners = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	public Owner find(int id) {
		Owner owner = this.owners.get(id);
		if (owner == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No owner " + id);
		}
		return new Owner(owner.getId(), owner.getName(), owner.getCity());
	}

	public Owner save(Owner owner) {
		if (owner.getId() == null) {
			owner.setId(this.ids.incrementAndGet());
		}
		this.owners.put(owner.getId(), new Owner(owner.getId(), owner.getName(), owner.getCity()));
		return owner;
	}

	public void delete(int id) {
		this.owners.remove(id);
	}

	public List<Owner> all() {
		return new ArrayList<>(this.owners.values());
	}

	public void reset() {
		this.owners.clear();
	}

}
