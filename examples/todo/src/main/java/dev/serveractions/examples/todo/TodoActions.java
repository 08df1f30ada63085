package dev.serveractions.examples.todo;

import java.io.IOException;
import java.time.Duration;

import jakarta.validation.Valid;

import dev.serveractions.action.ActionResult;
import dev.serveractions.action.Bound;
import dev.serveractions.action.ServerAction;
import dev.serveractions.action.UserFacingException;
import dev.serveractions.revalidation.Revalidates;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The server actions of the {@code /todos} page. Each is posted by a form of
 * {@code templates/todos.html}, works with JavaScript off, and with the client runtime
 * submits in the background. Each one that succeeds revalidates the tag {@code todos}, which
 * the cached todo list carries.
 */
@Component
public class TodoActions {

	/** How long {@link #createSlowly} takes, so that the pending state can be seen. */
	static final Duration SLOW = Duration.ofMillis(800);

	private final TodoRepository todos;

	private final AttachmentRepository attachments;

	TodoActions(TodoRepository todos, AttachmentRepository attachments) {
		this.todos = todos;
		this.attachments = attachments;
	}

	/** Adds a todo; blank or too long text → 422, the page shows the message and keeps the input. */
	@ServerAction("todos.create")
	@Revalidates(tags = "todos")
	public void create(@Valid TodoForm form) {
		this.todos.add(form.strippedText(), false);
	}

	/** {@link #create}, slowly: the add form's "Add slowly" button, to show the pending state. */
	@ServerAction("todos.createSlowly")
	@Revalidates(tags = "todos")
	public void createSlowly(@Valid TodoForm form) throws InterruptedException {
		Thread.sleep(SLOW.toMillis());
		this.todos.add(form.strippedText(), false);
	}

	/** Marks a todo done, or not done again; its id is bound into the form, signed. */
	@ServerAction("todos.toggle")
	@Revalidates(tags = "todos")
	public void toggle(@Bound long id) {
		if (!this.todos.toggle(id)) {
			throw gone();
		}
	}

	@ServerAction("todos.delete")
	@Revalidates(tags = "todos")
	public void delete(@Bound long id) {
		if (!this.todos.delete(id)) {
			throw gone();
		}
	}

	/** Marks every todo done and returns how many changed: the page shows it. */
	@ServerAction("todos.completeAll")
	@Revalidates(tags = "todos")
	public int completeAll() {
		return this.todos.completeAll();
	}

	/** Deletes the done todos, then redirects to a page that says how many. */
	@ServerAction("todos.clearCompleted")
	@Revalidates(tags = "todos")
	public ActionResult clearCompleted() {
		int cleared = this.todos.clearCompleted();
		return ActionResult.redirect("/todos?cleared=" + cleared);
	}

	/** Stores an uploaded file with a todo (multipart form). */
	@ServerAction("todos.attach")
	@Revalidates(tags = "todos")
	public void attach(@Bound long id, @RequestParam(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new UserFacingException("Choose a file to attach.");
		}
		if (this.todos.find(id).isEmpty()) {
			throw gone();
		}
		String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
		if (!StringUtils.hasText(name)) {
			name = "file";
		}
		this.attachments.add(id, (name.length() > 255) ? name.substring(0, 255) : name, file.getBytes());
	}

	private static UserFacingException gone() {
		return new UserFacingException(HttpStatus.NOT_FOUND, "That todo no longer exists.");
	}

}
