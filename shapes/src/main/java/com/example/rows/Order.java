package com.example.rows;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/** An order and its rows. */
public class Order {

	private int id;

	@Valid
	private List<Line> lines = new ArrayList<>();

	public int getId() {
		return this.id;
	}

	public void setId(int id) {
		this.id = id;
	}

	public List<Line> getLines() {
		return this.lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

}
