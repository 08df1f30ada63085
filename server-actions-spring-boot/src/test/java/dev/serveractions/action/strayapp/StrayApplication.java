package dev.serveractions.action.strayapp;

import dev.serveractions.action.ServerAction;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application with a class of actions that someone forgot to make a bean. */
@SpringBootApplication
public class StrayApplication {

	/** Not a bean: no {@code @Component}. */
	public static class ForgottenActions {

		@ServerAction("forgotten.run")
		public void run() {
		}

	}

}
