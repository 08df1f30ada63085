package dev.serveractions.action.app;

import java.security.Principal;

import jakarta.validation.Valid;

import dev.serveractions.action.ActionResult;
import dev.serveractions.action.Bound;
import dev.serveractions.action.ServerAction;
import dev.serveractions.action.UserFacingException;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Component
public class NoteActions {

	private final NoteStore store;

	NoteActions(NoteStore store) {
		this.store = store;
	}

	/** Applies to this bean's actions, as it would to a controller's handlers. */
	@InitBinder
	void trim(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
	}

	@ServerAction("notes.add")
	public void add(@Valid NoteForm form) {
		this.store.calls.incrementAndGet();
		this.store.add(form.text(), form.due());
	}

	@ServerAction("notes.rename")
	public ActionResult rename(@Bound long id, @Valid NoteForm form, BindingResult errors) {
		this.store.calls.incrementAndGet();
		if (!errors.hasErrors() && form.text().equals("taken")) {
			errors.rejectValue("text", "taken", "That text is taken");
			return ActionResult.invalid(errors);
		}
		if (errors.hasErrors()) {
			return ActionResult.invalid(errors);
		}
		this.store.delete(id);
		this.store.add(form.text(), form.due());
		return ActionResult.redirect("/notes?renamed");
	}

	@ServerAction
	public ActionResult delete(@Bound long id) {
		this.store.calls.incrementAndGet();
		this.store.delete(id);
		return ActionResult.redirect("/notes");
	}

	@ServerAction("notes.count")
	public String count() {
		this.store.calls.incrementAndGet();
		return this.store.all().size() + " notes";
	}

	@ServerAction("notes.clear")
	public void clear() {
		this.store.calls.incrementAndGet();
		this.store.all().forEach((note) -> this.store.delete(note.id()));
	}

	@ServerAction("notes.attach")
	public String attach(@Bound long id, @RequestParam MultipartFile file) {
		this.store.calls.incrementAndGet();
		this.store.attach(id, file.getOriginalFilename() + " (" + file.getSize() + " bytes)");
		return "attached " + file.getOriginalFilename();
	}

	@ServerAction("notes.limit")
	public void limit(@RequestParam int max) {
		this.store.calls.incrementAndGet();
	}

	@ServerAction("notes.closed")
	public void closed() {
		throw new UserFacingException("Notes are closed today.");
	}

	@ServerAction("notes.broken")
	public void broken() {
		throw new IllegalStateException("database password is hunter2");
	}

	@ServerAction("notes.contact")
	public String contact(@Valid ContactForm form) {
		return "we will write to " + form.getEmail();
	}

	@ServerAction("notes.admin")
	public void admin() {
		throw new org.springframework.security.access.AccessDeniedException("admins only");
	}

	/** An application's own subclass of Security's exception, in the application's package. */
	@ServerAction("notes.private")
	public void privateNote() {
		throw new NotYourNoteException();
	}

	/** Security's authentication exception, thrown by the application. */
	@ServerAction("notes.reauthenticate")
	public void reauthenticate() {
		throw new org.springframework.security.authentication.InsufficientAuthenticationException("log in again");
	}

	static class NotYourNoteException extends org.springframework.security.access.AccessDeniedException {

		NotYourNoteException() {
			super("not your note");
		}

	}

	@ServerAction("notes.whoami")
	public String whoami(Principal principal) {
		return "you are " + principal.getName();
	}

}
