package com.example.rows;

import jakarta.validation.constraints.Min;

/** One row of an order. */
public class Line {

	private String product = "";

	@Min(1)
	private int quantity = 1;

	public Line() {
	}

	public Line(String product, int quantity) {
		this.product = product;
		this.quantity = quantity;
	}

	public String getProduct() {
		return this.product;
	}

	public void setProduct(String product) {
		this.product = product;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public void setQuantity(int quantity) {
		this.quantity = quantity;
	}

}
