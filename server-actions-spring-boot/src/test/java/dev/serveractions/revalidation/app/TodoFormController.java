package dev.serveractions.revalidation.app;

import dev.serveractions.revalidation.Revalidates;
import dev.serveractions.revalidation.app.CachedController.NewTodo;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** A classic form controller: re-renders the form on errors, redirects on success. */
@Controller
public class TodoFormController {

	@PostMapping("/form/todos")
	@Revalidates(tags = "counter")
	String add(@Valid @ModelAttribute("newTodo") NewTodo todo, BindingResult errors) {
		if (errors.hasErrors()) {
			return "revalidation/form";
		}
		return "redirect:/cached/counter";
	}

}
