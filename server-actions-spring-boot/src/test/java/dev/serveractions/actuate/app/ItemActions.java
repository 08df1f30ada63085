package dev.serveractions.actuate.app;

import dev.serveractions.action.Bound;
import dev.serveractions.action.ServerAction;
import dev.serveractions.revalidation.Mode;
import dev.serveractions.revalidation.Revalidates;

import org.springframework.stereotype.Component;

@Component
public class ItemActions {

	@ServerAction("items.rename")
	@Revalidates(paths = "/items", tags = "items", mode = Mode.STALE)
	public void rename(@Bound long id, String name) {
	}

	@ServerAction("items.ping")
	public String ping() {
		return "pong";
	}

}
