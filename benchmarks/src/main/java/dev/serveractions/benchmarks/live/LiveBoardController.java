package dev.serveractions.benchmarks.live;

import java.util.List;

import dev.serveractions.revalidation.Revalidates;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** A live page whose region holds a cached fragment tagged {@code live-board}, and the write that revalidates it. */
@Controller
public class LiveBoardController {

	@GetMapping("/live/board")
	String board(Model model) {
		model.addAttribute("cards", List.of("one", "two", "three"));
		return "live/board";
	}

	@PostMapping("/live/revalidate")
	@Revalidates(tags = "live-board")
	ResponseEntity<Void> revalidate() {
		return ResponseEntity.noContent().build();
	}

}
