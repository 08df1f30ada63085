package dev.serveractions.action.ownerapp;

import dev.serveractions.action.ActionResult;
import dev.serveractions.action.ServerAction;
import dev.serveractions.action.UserFacingException;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner forms' handlers, moved from {@code @PostMapping} with their bodies unchanged. */
@Component
public class OwnerActions {

	private final Owners owners;

	OwnerActions(Owners owners) {
		this.owners = owners;
	}

	/** Load-then-bind: the form edits the stored owner (the page's path variable says which). */
	@ModelAttribute("owner")
	Owner load(@PathVariable(required = false) Integer ownerId) {
		return (ownerId != null) ? this.owners.find(ownerId) : new Owner();
	}

	@ServerAction("owners.create")
	public String create(@Valid Owner owner, BindingResult result, RedirectAttributes redirectAttributes) {
		if (result.hasErrors()) {
			return "owners/edit";
		}
		this.owners.save(owner);
		redirectAttributes.addFlashAttribute("message", "New owner created");
		return "redirect:/owners/" + owner.getId();
	}

	@ServerAction("owners.update")
	public String update(@Valid Owner owner, BindingResult result, @PathVariable int ownerId,
			RedirectAttributes redirectAttributes) {
		if (result.hasErrors()) {
			return "owners/edit";
		}
		owner.setId(ownerId);
		this.owners.save(owner);
		redirectAttributes.addFlashAttribute("message", "Owner details updated");
		return "redirect:/owners/{ownerId}";
	}

	/** A redirect with a query parameter from its redirect attributes. */
	@ServerAction("owners.updateToTab")
	public String updateToTab(@Valid Owner owner, BindingResult result, RedirectAttributes redirectAttributes) {
		this.owners.save(owner);
		redirectAttributes.addAttribute("tab", 2);
		return "redirect:/owners/{ownerId}/edit";
	}

	/** {@code void}: back to the page, with a flash message and a query parameter. */
	@ServerAction("owners.touch")
	public void touch(@PathVariable int ownerId, RedirectAttributes redirectAttributes) {
		redirectAttributes.addFlashAttribute("message", "Touched " + ownerId);
	}

	/** A value: the page again, showing it. */
	@ServerAction("owners.count")
	public String count() {
		return this.owners.all().size() + " owners";
	}

	@ServerAction("owners.rename")
	public ActionResult rename(@PathVariable int ownerId) {
		Owner owner = this.owners.find(ownerId);
		owner.setName(owner.getName() + "!");
		this.owners.save(owner);
		return ActionResult.redirect("//evil.example/owners/" + ownerId);
	}

	@ServerAction("owners.delete")
	public void delete(@PathVariable int ownerId) {
		this.owners.delete(ownerId);
	}

	@ServerAction("owners.conflict")
	public void conflict() {
		throw new OwnerConflictException("Someone else edited this owner");
	}

	@ServerAction("owners.gone")
	public void gone() {
		throw new ResponseStatusException(HttpStatus.GONE, "This owner has moved away");
	}

	@ServerAction("owners.teapot")
	public void teapot() {
		throw new TeapotException();
	}

	@ServerAction("owners.local")
	public void local() {
		throw new IllegalArgumentException("handled by this bean");
	}

	@ServerAction("owners.closed")
	public void closed() {
		throw new UserFacingException("Owners cannot be changed today.");
	}

	@ServerAction("owners.boom")
	public void boom() {
		throw new IllegalStateException("database password is hunter2");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String local(IllegalArgumentException ex) {
		return "owners/local-error";
	}

}
