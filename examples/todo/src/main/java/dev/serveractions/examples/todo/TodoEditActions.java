package dev.serveractions.examples.todo;

import dev.serveractions.action.ServerAction;
import dev.serveractions.revalidation.Revalidates;
import jakarta.validation.Valid;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action of the edit page {@code /todos/{id}/edit}: what was a {@code @PostMapping} on that
 * URL, its body unchanged. The page's path variable reaches it, the loader below runs first
 * (load-then-bind), a validation failure shows the edit page again, and success redirects to the
 * list with a flash message.
 */
@Component
public class TodoEditActions {

	private final TodoRepository todos;

	TodoEditActions(TodoRepository todos) {
		this.todos = todos;
	}

	/** Runs before the action, with the page's path variable: the form edits the stored todo. */
	@ModelAttribute("todo")
	TodoEditForm load(@PathVariable long id) {
		return this.todos.find(id).map(TodoEditForm::of).orElseThrow(() -> new TodoNotFoundException(id));
	}

	@ServerAction("todos.update")
	@Revalidates(tags = "todos")
	public String update(@PathVariable long id, @Valid @ModelAttribute("todo") TodoEditForm todo,
			BindingResult result, RedirectAttributes redirectAttributes) {
		if (result.hasErrors()) {
			return "todo-edit";
		}
		String text = todo.getText().strip();
		this.todos.update(new Todo(id, text, todo.isCompleted()));
		redirectAttributes.addFlashAttribute("saved", "Saved \u201c" + text + "\u201d.");
		return "redirect:/todos";
	}

}
