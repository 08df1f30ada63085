package com.example.rows;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The order page; its forms post to {@link OrderActions}. */
@Controller
class OrderPage {

	private final Orders orders;

	OrderPage(Orders orders) {
		this.orders = orders;
	}

	@GetMapping("/orders/{orderId}")
	String order(@PathVariable int orderId, Model model) {
		model.addAttribute("order", this.orders.find(orderId));
		return "orders/order";
	}

}
