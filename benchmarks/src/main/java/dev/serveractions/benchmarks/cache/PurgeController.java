package dev.serveractions.benchmarks.cache;

import dev.serveractions.revalidation.Revalidates;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The purge of the purge-storm mix ({@code benchmarks/run.sh}, group {@code purgestorm}):
 * expires everything cached below {@code /}, as an operator's purge of {@code /**} does; and
 * its control, the same POST that purges nothing.
 */
@Controller
public class PurgeController {

	@PostMapping("/cache/purge")
	@Revalidates(paths = "/**")
	ResponseEntity<Void> purgeEverything() {
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cache/noop")
	ResponseEntity<Void> purgeNothing() {
		return ResponseEntity.noContent().build();
	}

}
