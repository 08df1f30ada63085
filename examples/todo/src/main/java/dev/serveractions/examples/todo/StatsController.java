package dev.serveractions.examples.todo;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.serveractions.revalidation.CachedResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /stats}: a whole page cached for ten seconds. Within them it is served without running
 * this method ({@code X-Cache: HIT}); after them the old page is served once more
 * ({@code X-Cache: STALE}) while one background render replaces it.
 */
@Controller
class StatsController {

	private final TodoRepository todos;

	private final AttachmentRepository attachments;

	StatsController(TodoRepository todos, AttachmentRepository attachments) {
		this.todos = todos;
		this.attachments = attachments;
	}

	@GetMapping("/stats")
	@CachedResponse(revalidate = 10)
	String stats(Model model) {
		List<Todo> all = this.todos.findAll(null);
		long done = all.stream().filter(Todo::completed).count();
		model.addAttribute("total", all.size());
		model.addAttribute("done", done);
		model.addAttribute("open", all.size() - done);
		model.addAttribute("files", this.attachments.byTodo().values().stream().mapToInt(List::size).sum());
		model.addAttribute("renderedAt", LocalTime.now().truncatedTo(ChronoUnit.SECONDS));
		return "stats";
	}

}
