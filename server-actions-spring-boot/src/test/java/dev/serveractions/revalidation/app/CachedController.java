package dev.serveractions.revalidation.app;

import java.util.Locale;

import dev.serveractions.revalidation.CachedResponse;
import dev.serveractions.revalidation.Revalidates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CachedController {

	private final Renders renders;

	CachedController(Renders renders) {
		this.renders = renders;
	}

	@GetMapping("/cached/counter")
	@CachedResponse(tags = "counter")
	ResponseEntity<String> counter(@RequestParam(defaultValue = "") String page, Locale locale) {
		int n = this.renders.next("counter");
		return ResponseEntity.ok().header("X-Rendered", String.valueOf(n)).body("render " + n + " " + page + " " + locale);
	}

	@GetMapping("/cached/slow")
	@CachedResponse(tags = "slow")
	String slow() {
		int n = this.renders.next("slow");
		this.renders.passGate();
		return "slow " + n;
	}

	@GetMapping("/cached/swr")
	@CachedResponse(tags = "swr", revalidate = 1)
	String swr() {
		int n = this.renders.next("swr");
		if (n > 1) {
			this.renders.passGate();
		}
		return "swr " + n;
	}

	@GetMapping("/cached/missing")
	@CachedResponse
	ResponseEntity<String> missing() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body("missing " + this.renders.next("missing"));
	}

	@GetMapping("/cached/cookie")
	@CachedResponse
	ResponseEntity<String> cookie() {
		return ResponseEntity.ok()
			.header("Set-Cookie", ResponseCookie.from("seen", "yes").build().toString())
			.body("cookie " + this.renders.next("cookie"));
	}

	@GetMapping("/cached/mine")
	@CachedResponse(authenticated = true)
	String mine(java.security.Principal user) {
		return "mine " + user.getName() + " " + this.renders.next("mine");
	}

	@GetMapping("/cached/members/news")
	@CachedResponse
	String membersNews() {
		return "members news " + this.renders.next("members");
	}

	@GetMapping("/uncached")
	String uncached() {
		return "uncached " + this.renders.next("uncached");
	}

	@PostMapping("/todos")
	@Revalidates(paths = "/cached/counter")
	ResponseEntity<String> add(@Valid @ModelAttribute NewTodo todo, BindingResult errors) {
		if (errors.hasErrors()) {
			return ResponseEntity.unprocessableEntity().body("invalid");
		}
		if (todo.title().equals("boom")) {
			throw new IllegalStateException("boom");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body("added");
	}

	@PostMapping("/todos/strict")
	@Revalidates(tags = "counter")
	String addStrict(@Valid @ModelAttribute NewTodo todo) {
		return "added";
	}

	@PostMapping("/todos/json")
	@Revalidates(paths = "/cached/counter")
	Added addJson(@Valid @ModelAttribute NewTodo todo) {
		return new Added(todo.title());
	}

	@PostMapping("/todos/unwritable")
	@Revalidates(paths = "/cached/counter")
	Unwritable addUnwritable(@Valid @ModelAttribute NewTodo todo) {
		return new Unwritable(todo.title());
	}

	public record NewTodo(@NotBlank String title) {
	}

	/** Written as JSON only. */
	public record Added(String title) {
	}

	/** Cannot be written at all: its one property fails. */
	public record Unwritable(String title) {

		@Override
		public String title() {
			throw new IllegalStateException("cannot be written");
		}

	}

}
