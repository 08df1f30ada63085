package dev.serveractions.docs.examples;

import java.util.List;

import dev.serveractions.revalidation.Mode;

/** The application's own message bus of the revalidation page's "other transports" example. */
public interface MyBus {

	void send(Mode mode, List<String> tags);

}
