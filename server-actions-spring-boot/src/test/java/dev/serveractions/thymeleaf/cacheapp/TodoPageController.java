package dev.serveractions.thymeleaf.cacheapp;

import java.security.Principal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.serveractions.revalidation.CachedResponse;
import dev.serveractions.thymeleaf.FragmentCacheModel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class TodoPageController {

	/** How often the todo list was fetched from the "database". */
	public static final AtomicInteger fetches = new AtomicInteger();

	@GetMapping("/todos")
	String todos(@RequestParam(defaultValue = "1") int page, Principal user, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("user", user.getName());
		model.addAttribute("todos", FragmentCacheModel.lazy(() -> {
			int fetch = fetches.incrementAndGet();
			return List.of("milk (page " + page + ", fetch " + fetch + ")", "bread");
		}));
		return "fragment-cache/todos";
	}

	/** A cached page behind Spring Security, open to anonymous users. */
	@GetMapping("/public/todos")
	@CachedResponse(tags = "todos")
	String publicTodos(Model model) {
		model.addAttribute("page", 0);
		model.addAttribute("user", "anonymous");
		model.addAttribute("todos", List.of("public fetch " + fetches.incrementAndGet()));
		return "fragment-cache/todos";
	}

	/** Fragments named by literals, plain text and expressions. */
	@GetMapping("/names")
	String names(Model model) {
		model.addAttribute("name", "greeting");
		return "fragment-cache/names";
	}

	@PostMapping("/todos")
	@ResponseBody
	String add(@RequestParam String title, Principal user) {
		return "added " + title + " for " + user.getName();
	}

}
