package dev.serveractions.revalidation.app;

import dev.serveractions.revalidation.CachedResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cached pages whose answer depends on who asks, and how they say so. */
@RestController
public class SharedCacheController {

	private final Renders renders;

	SharedCacheController(Renders renders) {
		this.renders = renders;
	}

	@GetMapping("/cached/greeting")
	@CachedResponse
	String greeting(@RequestAttribute(name = "tokenUser", required = false) String user) {
		return "hello " + ((user != null) ? user : "anyone") + " " + this.renders.next("greeting");
	}

	@GetMapping("/cached/catalog")
	@CachedResponse(shared = true)
	String catalog() {
		return "catalog " + this.renders.next("catalog");
	}

	@GetMapping("/cached/themed")
	@CachedResponse
	ResponseEntity<String> themed(HttpServletRequest request) {
		String theme = request.getHeader("X-Theme");
		return ResponseEntity.ok().header("Vary", "X-Theme").body("theme " + theme + " " + this.renders.next("themed"));
	}

	@GetMapping("/cached/per-cookie")
	@CachedResponse
	ResponseEntity<String> perCookie() {
		return ResponseEntity.ok().header("Vary", "Cookie").body("per cookie " + this.renders.next("per-cookie"));
	}

	@GetMapping("/cached/private")
	@CachedResponse
	ResponseEntity<String> privately() {
		return ResponseEntity.ok().header("Cache-Control", "private").body("private " + this.renders.next("private"));
	}

	@GetMapping("/cached/no-store")
	@CachedResponse
	ResponseEntity<String> noStore() {
		return ResponseEntity.ok().header("Cache-Control", "no-store").body("no-store " + this.renders.next("no-store"));
	}

	@PostMapping("/basket")
	String addToBasket(@RequestParam String item, @RequestParam(defaultValue = "false") boolean empty,
			HttpSession session) {
		session.setAttribute(empty ? "other" : "basket", item);
		return "added " + item;
	}

	@GetMapping("/cached/basket")
	@CachedResponse
	String basket(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object item = (session != null) ? session.getAttribute("basket") : null;
		return "basket " + ((item != null) ? item : "empty") + " " + this.renders.next("basket");
	}

	@GetMapping("/cached/shared-basket")
	@CachedResponse(shared = true)
	String sharedBasket(HttpSession session) {
		Object item = session.getAttribute("basket");
		return "shared basket " + ((item != null) ? item : "empty") + " " + this.renders.next("shared-basket");
	}

	@GetMapping("/cached/sorted")
	@CachedResponse
	String sorted(HttpServletRequest request) {
		return "sorted by " + request.getParameter("sort") + " " + this.renders.next("sorted");
	}

	@GetMapping("/cached/plain")
	@CachedResponse
	String plain() {
		return "plain " + this.renders.next("plain");
	}

}
