package com.example.rows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

/** The orders, in memory; each read is a copy, as from a database. */
@Repository
public class Orders {

	private final Map<Integer, List<Line>> lines = new ConcurrentHashMap<>();

	public Order find(int id) {
		Order order = new Order();
		order.setId(id);
		this.lines.getOrDefault(id, List.of())
			.forEach((line) -> order.getLines().add(new Line(line.getProduct(), line.getQuantity())));
		return order;
	}

	public void save(Order order) {
		this.lines.put(order.getId(),
				order.getLines().stream().map((line) -> new Line(line.getProduct(), line.getQuantity())).toList());
	}

}
