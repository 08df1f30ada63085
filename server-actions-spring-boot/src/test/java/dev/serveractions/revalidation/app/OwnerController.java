package dev.serveractions.revalidation.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serveractions.revalidation.CachedResponse;
import dev.serveractions.revalidation.RevalidationAppliedEvent;
import dev.serveractions.revalidation.Revalidates;

import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Owner pages of the petclinic's shape: an edit revalidates the owner's own page, named by its path variable. */
@RestController
public class OwnerController {

	/** The tags of every revalidation applied, in order. */
	public final List<List<String>> revalidatedTags = new CopyOnWriteArrayList<>();

	private final Renders renders;

	OwnerController(Renders renders) {
		this.renders = renders;
	}

	@GetMapping("/owners/{ownerId}")
	@CachedResponse
	String owner(@PathVariable String ownerId) {
		return "owner " + ownerId + " render " + this.renders.next("owner-" + ownerId);
	}

	@PostMapping("/owners/{ownerId}/edit")
	@Revalidates(paths = "/owners/{ownerId}", tags = "owner:{ownerId}")
	ResponseEntity<Void> edit(@PathVariable String ownerId) {
		return ResponseEntity.noContent().build();
	}

	@EventListener
	void revalidated(RevalidationAppliedEvent event) {
		this.revalidatedTags.add(event.tags());
	}

}
