package dev.serveractions.diagnostics.mistakes;

import dev.serveractions.action.ServerAction;
import dev.serveractions.route.RouteHandler;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;

/** An application with three mistakes, each found by another of the library's startup checks. */
@SpringBootApplication
public class MistakenApplication {

	/** A path without its leading slash. */
	@RouteHandler("orders")
	public static class OrdersRoute {

		public String get() {
			return "orders";
		}

	}

	/** An action that is private. */
	@Component
	public static class OrderActions {

		@ServerAction("orders.cancel")
		private void cancel() {
		}

	}

	/** Not a bean: no {@code @Component}. */
	public static class ForgottenActions {

		@ServerAction("orders.archive")
		public void archive() {
		}

	}

}
