package dev.serveractions.route.app;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a client sends to create or replace an item. */
public record NewItem(@NotBlank @Size(max = 20) String name, @PositiveOrZero Integer quantity) {

	public int quantityOrZero() {
		return (this.quantity != null) ? this.quantity : 0;
	}

}
