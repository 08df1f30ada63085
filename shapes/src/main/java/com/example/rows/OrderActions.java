package com.example.rows;

import dev.serveractions.action.Bound;
import dev.serveractions.action.ServerAction;
import jakarta.validation.Valid;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The row buttons and the save of the order form, in a package-private bean beside the page. */
@Component
class OrderActions {

	private final Orders orders;

	OrderActions(Orders orders) {
		this.orders = orders;
	}

	/** Shared with the page: the order its path names. */
	@ModelAttribute("order")
	Order order(@PathVariable int orderId) {
		return this.orders.find(orderId);
	}

	@ServerAction("lines.add")
	public void add(@PathVariable int orderId) {
		Order order = this.orders.find(orderId);
		order.getLines().add(new Line());
		this.orders.save(order);
	}

	@ServerAction("lines.remove")
	public void remove(@PathVariable int orderId, @Bound int index) {
		Order order = this.orders.find(orderId);
		order.getLines().remove(index);
		this.orders.save(order);
	}

	@ServerAction("orders.save")
	public void save(@Valid @ModelAttribute("order") Order order, BindingResult result) {
		if (!result.hasErrors()) {
			this.orders.save(order);
		}
	}

}
