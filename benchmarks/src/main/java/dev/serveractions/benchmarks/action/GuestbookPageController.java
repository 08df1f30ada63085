package dev.serveractions.benchmarks.action;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The guestbook page twice: at {@code /actions/page} its form posts to the
 * {@code guestbook.sign} server action; at {@code /classic/page} it posts to a hand-written
 * {@code @PostMapping} that does the same work and redirects, the baseline. Also the count the
 * harness reads to check that a post really added an entry.
 */
@Controller
public class GuestbookPageController {

	private final Guestbook guestbook;

	GuestbookPageController(Guestbook guestbook) {
		this.guestbook = guestbook;
	}

	@GetMapping("/actions/page")
	String actionPage(Model model) {
		model.addAttribute("entries", this.guestbook.entries());
		return "action/page";
	}

	@GetMapping("/classic/page")
	String classicPage(Model model) {
		model.addAttribute("entries", this.guestbook.entries());
		return "action/classic";
	}

	@PostMapping("/classic/page")
	String sign(@RequestParam String text) {
		this.guestbook.sign(text);
		return "redirect:/classic/page";
	}

	@GetMapping("/actions/count")
	@ResponseBody
	String count() {
		return Long.toString(this.guestbook.signed());
	}

}
