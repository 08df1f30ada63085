package dev.serveractions.live.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serveractions.revalidation.CachedResponse;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A board whose card list is a live region around a cached fragment, and the same page without sa:live. */
@SpringBootApplication
public class LiveTestApplication {

	/** The cards on the board. */
	public static final List<String> cards = new CopyOnWriteArrayList<>(List.of("first card"));

	@Controller
	static class BoardController {

		@GetMapping("/board")
		String board(Model model) {
			model.addAttribute("cards", cards);
			return "live/board";
		}

		@GetMapping("/same-element")
		String sameElement(Model model) {
			model.addAttribute("cards", cards);
			return "live/same-element";
		}

		@GetMapping("/plain")
		String plain(Model model) {
			model.addAttribute("cards", cards);
			return "live/plain";
		}

		@GetMapping("/cached-board")
		@CachedResponse(tags = "cached-board")
		String cachedBoard(Model model) {
			model.addAttribute("cards", cards);
			return "live/board";
		}

	}

}
