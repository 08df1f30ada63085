package dev.serveractions.route.app;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import dev.serveractions.route.RouteHandler;

import org.springframework.http.ResponseEntity;

@RouteHandler("/items")
public class ItemsRoute {

	private final ItemStore store;

	ItemsRoute(ItemStore store) {
		this.store = store;
	}

	public List<Item> get() {
		return this.store.all();
	}

	public ResponseEntity<Item> post(@Valid @org.springframework.web.bind.annotation.RequestBody NewItem item) {
		Item created = this.store.add(item.name(), item.quantityOrZero());
		return ResponseEntity.created(URI.create("/items/" + created.id())).body(created);
	}

}
