package dev.serveractions.benchmarks.action;

import dev.serveractions.action.ServerAction;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;

/** The guestbook's server action: {@code void}, so it answers 303 back to the page. */
@Component
public class GuestbookActions {

	private final Guestbook guestbook;

	GuestbookActions(Guestbook guestbook) {
		this.guestbook = guestbook;
	}

	@ServerAction("guestbook.sign")
	public void sign(@RequestParam String text) {
		this.guestbook.sign(text);
	}

}
