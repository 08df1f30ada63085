package org.springframework.samples.clinic;

import java.util.Objects;

import dev.serveractions.action.ServerAction;
import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A package-private controller whose two {@code @PostMapping} form handlers became
 * {@code @ServerAction}s in place: the loader and the binder settings are shared with the GETs,
 * the bodies are as they were.
 */
@Controller
class OwnerController {

	static final String FORM = "owners/createOrUpdateOwnerForm";

	private final Owners owners;

	OwnerController(Owners owners) {
		this.owners = owners;
	}

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
	}

	@ModelAttribute("owner")
	Owner findOwner(@PathVariable(name = "ownerId", required = false) Integer ownerId) {
		return (ownerId == null) ? new Owner()
				: this.owners.findById(ownerId)
					.orElseThrow(() -> new IllegalArgumentException("Owner not found with id: " + ownerId));
	}

	@GetMapping("/owners/new")
	String initCreationForm() {
		return FORM;
	}

	@ServerAction("owners.create")
	public String processCreationForm(@Valid Owner owner, BindingResult result, RedirectAttributes redirectAttributes) {
		if (result.hasErrors()) {
			redirectAttributes.addFlashAttribute("error", "There was an error in creating the owner.");
			return FORM;
		}
		this.owners.save(owner);
		redirectAttributes.addFlashAttribute("message", "New Owner Created");
		return "redirect:/owners/" + owner.getId();
	}

	@GetMapping("/owners/{ownerId}/edit")
	String initUpdateOwnerForm() {
		return FORM;
	}

	@ServerAction("owners.update")
	public String processUpdateOwnerForm(@Valid Owner owner, BindingResult result, @PathVariable("ownerId") int ownerId,
			RedirectAttributes redirectAttributes) {
		if (result.hasErrors()) {
			redirectAttributes.addFlashAttribute("error", "There was an error in updating the owner.");
			return FORM;
		}
		if (!Objects.equals(owner.getId(), ownerId)) {
			result.rejectValue("id", "mismatch", "The owner ID in the form does not match the URL.");
			redirectAttributes.addFlashAttribute("error", "Owner ID mismatch. Please try again.");
			return "redirect:/owners/{ownerId}/edit";
		}
		this.owners.save(owner);
		redirectAttributes.addFlashAttribute("message", "Owner Values Updated");
		return "redirect:/owners/{ownerId}";
	}

	@GetMapping("/owners/{ownerId}")
	String showOwner() {
		return "owners/ownerDetails";
	}

}
