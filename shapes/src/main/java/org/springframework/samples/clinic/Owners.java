package org.springframework.samples.clinic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Repository;

/** The owners, in memory. */
@Repository
public class Owners {

	private final Map<Integer, Owner> owners = new ConcurrentSkipListMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	public Optional<Owner> findById(int id) {
		return Optional.ofNullable(this.owners.get(id)).map(Owners::copy);
	}

	public Owner save(Owner owner) {
		Owner saved = copy(owner);
		if (saved.getId() == null) {
			saved.setId(this.ids.incrementAndGet());
		}
		this.owners.put(saved.getId(), saved);
		owner.setId(saved.getId());
		return copy(saved);
	}

	public List<Owner> findAll() {
		return this.owners.values().stream().map(Owners::copy).toList();
	}

	public void clear() {
		this.owners.clear();
	}

	private static Owner copy(Owner owner) {
		Owner copy = new Owner();
		copy.setId(owner.getId());
		copy.setName(owner.getName());
		copy.setCity(owner.getCity());
		copy.setFavouriteType(owner.getFavouriteType());
		return copy;
	}

}
