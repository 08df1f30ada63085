package dev.serveractions.action.boardapp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import dev.serveractions.action.ServerAction;
import dev.serveractions.revalidation.CachedResponse;
import dev.serveractions.revalidation.Revalidates;
import dev.serveractions.thymeleaf.FragmentCacheModel;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Actions that revalidate a cached page and a cached fragment. */
@SpringBootApplication
public class BoardApplication {

	/** The posts, and how often the page fetched them. */
	@Component
	public static class Board {

		public final List<String> posts = new CopyOnWriteArrayList<>();

		public final AtomicInteger fetches = new AtomicInteger();

		public void reset() {
			this.posts.clear();
			this.fetches.set(0);
		}

		List<String> fetch() {
			this.fetches.incrementAndGet();
			return List.copyOf(this.posts);
		}

	}

	public record PostForm(@NotBlank String text) {
	}

	@Controller
	static class BoardPages {

		private final Board board;

		BoardPages(Board board) {
			this.board = board;
		}

		/** A page whose list is a fragment cached under the tag "board". */
		@GetMapping("/board")
		String board(Model model) {
			model.addAttribute("postForm", new PostForm(""));
			model.addAttribute("posts", FragmentCacheModel.lazy(this.board::fetch));
			return "board/board";
		}

		/** The same list as a whole cached page. */
		@GetMapping("/board/cached")
		@CachedResponse(tags = "board")
		String cached(Model model) {
			model.addAttribute("postForm", new PostForm(""));
			model.addAttribute("posts", this.board.fetch());
			return "board/board";
		}

	}

	@Component
	public static class BoardActions {

		private final Board board;

		BoardActions(Board board) {
			this.board = board;
		}

		@ServerAction("board.post")
		@Revalidates(tags = "board")
		public void post(@Valid PostForm form) {
			this.board.posts.add(form.text());
		}

	}

}
