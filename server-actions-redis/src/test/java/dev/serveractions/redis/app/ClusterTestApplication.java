package dev.serveractions.redis.app;

import java.util.concurrent.atomic.AtomicInteger;

import dev.serveractions.revalidation.CachedResponse;
import dev.serveractions.revalidation.Mode;
import dev.serveractions.revalidation.Revalidates;
import dev.serveractions.revalidation.RevalidationService;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application every instance of a cluster test runs: two cached pages showing data that all
 * instances share (static here, a database in real life), and writes that change it and
 * revalidate.
 */
@SpringBootApplication
@RestController
public class ClusterTestApplication {

	/** The shared data: the version of the items and of the other page. */
	public static final AtomicInteger items = new AtomicInteger();

	public static final AtomicInteger other = new AtomicInteger();

	private final RevalidationService revalidation;

	ClusterTestApplication(RevalidationService revalidation) {
		this.revalidation = revalidation;
	}

	@GetMapping("/items")
	@CachedResponse(tags = "items")
	String items() {
		return "items " + items.get();
	}

	@GetMapping("/other")
	@CachedResponse(tags = "other")
	String other() {
		return "other " + other.get();
	}

	@PostMapping("/items")
	@Revalidates(tags = "items")
	ResponseEntity<Void> changeItems() {
		items.incrementAndGet();
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/items/stale")
	ResponseEntity<Void> changeItemsMarkingStale() {
		items.incrementAndGet();
		this.revalidation.revalidateTag(Mode.STALE, "items");
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/revalidate-path")
	ResponseEntity<Void> revalidatePath(@RequestParam String path) {
		items.incrementAndGet();
		this.revalidation.revalidatePath(path);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/other")
	@Revalidates(tags = "other")
	ResponseEntity<Void> changeOther() {
		other.incrementAndGet();
		return ResponseEntity.noContent().build();
	}

}
