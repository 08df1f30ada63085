package dev.serveractions.examples.todo.browser;

import jakarta.servlet.http.HttpSession;

import dev.serveractions.examples.todo.TodoRepository;
import dev.serveractions.thymeleaf.FragmentCacheModel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Pages for {@link LiveTodosBrowserTests}: the todos in a live region next to a text field and a
 * details element, and the same page for signed-in sessions only, which sends a session without
 * its sign-in to a sign-in page, as Spring Security's form login does.
 */
@Controller
class LiveLabController {

	private static final String USER = "live-lab.user";

	private final TodoRepository todos;

	LiveLabController(TodoRepository todos) {
		this.todos = todos;
	}

	@GetMapping("/live-lab")
	String lab(Model model) {
		model.addAttribute("todos", FragmentCacheModel.lazy(() -> this.todos.findAll(null)));
		return "live-lab";
	}

	@GetMapping("/live-lab/private")
	String privateLab(HttpSession session, Model model) {
		return (session.getAttribute(USER) != null) ? lab(model) : "redirect:/live-lab/sign-in";
	}

	@GetMapping("/live-lab/sign-in")
	String signIn(@RequestParam(required = false) String user, HttpSession session) {
		if (user == null) {
			return "forward:/live-lab/sign-in-page";
		}
		session.setAttribute(USER, user);
		return "redirect:/live-lab/private";
	}

	@GetMapping(path = "/live-lab/sign-in-page", produces = "text/html")
	@ResponseBody
	String signInPage() {
		return "<!DOCTYPE html><html lang=\"en\"><head><title>Sign in</title></head><body><section id=\"lab\">"
				+ "<h1>Sign in</h1></section></body></html>";
	}

}
