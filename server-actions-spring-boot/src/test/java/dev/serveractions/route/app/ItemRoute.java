package dev.serveractions.route.app;

import jakarta.validation.Valid;

import dev.serveractions.route.RouteHandler;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestBody;

@RouteHandler("/items/{id}")
public class ItemRoute {

	private final ItemStore store;

	ItemRoute(ItemStore store) {
		this.store = store;
	}

	public Item get(long id) {
		return this.store.find(id).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
	}

	public Item put(long id, @Valid @RequestBody NewItem item) {
		get(id);
		Item replaced = new Item(id, item.name(), item.quantityOrZero());
		this.store.put(replaced);
		return replaced;
	}

	public void delete(long id) {
		if (!this.store.remove(id)) {
			throw new ErrorResponseException(HttpStatus.NOT_FOUND);
		}
	}

	/** A public helper that is not a verb: never mapped. */
	public String describe(long id) {
		return "item " + id;
	}

}
