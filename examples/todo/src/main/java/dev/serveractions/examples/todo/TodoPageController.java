package dev.serveractions.examples.todo;

import java.nio.charset.StandardCharsets;

import dev.serveractions.thymeleaf.FragmentCacheModel;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The {@code /todos} page. Its forms post to {@link TodoActions} on this same URL; this
 * controller only renders the page (and serves attached files). It knows nothing of actions:
 * after a failed action the library renders the page again with the submitted values on top.
 */
@Controller
class TodoPageController {

	private final TodoRepository todos;

	private final AttachmentRepository attachments;

	TodoPageController(TodoRepository todos, AttachmentRepository attachments) {
		this.todos = todos;
		this.attachments = attachments;
	}

	/**
	 * The list and its forms. {@code ?text=} fills in the add form (the "form is out of date"
	 * page opens the current page with the user's input); {@code ?cleared=} says how many
	 * completed todos were cleared.
	 */
	@GetMapping("/todos")
	String page(@RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "cleared", required = false) Integer cleared, Model model) {
		// the list is a cached fragment (sa:cache in todos.html): on a hit these are never fetched
		model.addAttribute("todos", FragmentCacheModel.lazy(() -> this.todos.findAll(null)));
		model.addAttribute("attachments", FragmentCacheModel.lazy(this.attachments::byTodo));
		model.addAttribute("todoForm", new TodoForm(text));
		model.addAttribute("cleared", cleared);
		return "todos";
	}

	/** The edit page of one todo; its form posts to {@link TodoEditActions} on this same URL. */
	@GetMapping("/todos/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("todo", this.todos.find(id).map(TodoEditForm::of)
			.orElseThrow(() -> new TodoNotFoundException(id)));
		return "todo-edit";
	}

	@GetMapping("/todos/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		return this.attachments.content(id)
			.map((file) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(file.content()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
