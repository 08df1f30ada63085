package dev.serveractions.route.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

@Component
public class ItemStore {

	private final Map<Long, Item> items = new ConcurrentSkipListMap<>();

	private final AtomicLong ids = new AtomicLong();

	public void reset() {
		this.items.clear();
		this.ids.set(0);
	}

	public Item add(String name, int quantity) {
		Item item = new Item(this.ids.incrementAndGet(), name, quantity);
		this.items.put(item.id(), item);
		return item;
	}

	public Optional<Item> find(long id) {
		return Optional.ofNullable(this.items.get(id));
	}

	public List<Item> all() {
		return List.copyOf(this.items.values());
	}

	public void put(Item item) {
		this.items.put(item.id(), item);
	}

	public boolean remove(long id) {
		return this.items.remove(id) != null;
	}

}
