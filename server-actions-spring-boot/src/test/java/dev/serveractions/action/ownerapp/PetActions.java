package dev.serveractions.action.ownerapp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serveractions.action.Bound;
import dev.serveractions.action.ServerAction;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A bean whose {@code @ModelAttribute} method takes a {@code @Bound} value that only one of its
 * actions binds.
 */
@Component
public class PetActions {

	public final List<String> calls = new CopyOnWriteArrayList<>();

	@ModelAttribute("petName")
	String petName(@Bound Long petId) {
		return (petId != null) ? "pet " + petId : "no pet";
	}

	@ServerAction("pets.feed")
	public String feed(@Bound Long petId, @ModelAttribute("petName") String petName) {
		this.calls.add("feed " + petId + " " + petName);
		return "fed " + petName;
	}

	@ServerAction("pets.walk")
	public String walk(@ModelAttribute("petName") String petName) {
		this.calls.add("walk " + petName);
		return "walked";
	}

}
