package dev.serveractions.action.visitapp;

import dev.serveractions.action.Bound;
import dev.serveractions.action.ServerAction;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A package-private controller whose {@code @PostMapping}s became {@code @ServerAction}s in place. */
@Controller
class VisitController {

	private final VisitBook visits;

	VisitController(VisitBook visits) {
		this.visits = visits;
	}

	/** Runs before the pages' GETs (no action: no bound value) and before each action here. */
	@ModelAttribute("pet")
	String pet(@Bound Long petId) {
		return (petId != null) ? "pet " + petId : "no pet";
	}

	@GetMapping("/visits/new")
	String initCreationForm(Model model) {
		model.addAttribute("visit", new Visit(null, ""));
		return "visits/form";
	}

	@GetMapping("/visits/{visitId}/edit")
	String initUpdateForm(@PathVariable int visitId, Model model) {
		model.addAttribute("visit", this.visits.find(visitId));
		return "visits/form";
	}

	@GetMapping("/visits/typo")
	String typo(Model model) {
		model.addAttribute("visit", new Visit(null, ""));
		return "visits/typo";
	}

	@ServerAction
	public String processCreationForm(@RequestParam String description, RedirectAttributes redirectAttributes) {
		Visit visit = this.visits.save(new Visit(null, description));
		redirectAttributes.addFlashAttribute("message", "New visit created");
		return "redirect:/visits/" + visit.id() + "/edit";
	}

	@ServerAction("visits.update")
	public String processUpdateForm(@PathVariable int visitId, @RequestParam String description,
			RedirectAttributes redirectAttributes) {
		this.visits.save(new Visit(visitId, description));
		redirectAttributes.addFlashAttribute("message", "Visit updated");
		return "redirect:/visits/{visitId}/edit";
	}

	@ServerAction("visits.feed")
	public String feed(@Bound Long petId, @ModelAttribute("pet") String pet) {
		return "fed " + pet;
	}

}
