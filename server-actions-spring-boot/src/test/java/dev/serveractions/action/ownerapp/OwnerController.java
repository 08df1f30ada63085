package dev.serveractions.action.ownerapp;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The pages; their form handlers are the actions of {@link OwnerActions}. */
@Controller
class OwnerController {

	private final Owners owners;

	OwnerController(Owners owners) {
		this.owners = owners;
	}

	@GetMapping("/owners/new")
	String create(Model model) {
		model.addAttribute("owner", new Owner());
		return "owners/edit";
	}

	@GetMapping("/owners/{ownerId}/edit")
	String edit(@PathVariable int ownerId, @RequestParam(required = false) Integer tab, Model model) {
		model.addAttribute("owner", this.owners.find(ownerId));
		model.addAttribute("tab", tab);
		return "owners/edit";
	}

	@GetMapping("/owners/{ownerId}")
	String show(@PathVariable int ownerId, Model model) {
		model.addAttribute("owner", this.owners.find(ownerId));
		return "owners/show";
	}

	@GetMapping("/owners/{ownerId}/broken")
	String broken(@PathVariable int ownerId, Model model) {
		model.addAttribute("owner", this.owners.find(ownerId));
		return "owners/broken";
	}

	@GetMapping("/owners/{ownerId}/json")
	@ResponseBody
	Owner json(@PathVariable int ownerId) {
		return this.owners.find(ownerId);
	}

}
