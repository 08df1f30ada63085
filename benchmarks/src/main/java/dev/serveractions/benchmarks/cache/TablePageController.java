package dev.serveractions.benchmarks.cache;

import java.util.List;
import java.util.stream.IntStream;

import dev.serveractions.revalidation.CachedResponse;
import dev.serveractions.revalidation.Revalidates;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The heavy page of the revalidation benchmark: a 1000 x 5 table rendered by Thymeleaf, once
 * uncached and once with {@link CachedResponse}; and the write of the read-under-writes mix,
 * which revalidates the cached table.
 */
@Controller
public class TablePageController {

	/** The table's rows (also rendered by the cluster benchmark's second-level store measurement). */
	public static final List<Row> ROWS = IntStream.rangeClosed(1, 1000)
		.mapToObj((i) -> new Row(i, "Item " + i, "Category " + (i % 17), i * 3 % 101, (i % 3 == 0) ? "done" : "open"))
		.toList();

	@GetMapping("/cache/table")
	String uncached(Model model) {
		model.addAttribute("rows", ROWS);
		return "cache/table";
	}

	@GetMapping("/cache/table-cached")
	@CachedResponse(tags = "table")
	String cached(Model model) {
		model.addAttribute("rows", ROWS);
		return "cache/table";
	}

	/** A write that changes the table: every cached copy of it is expired. */
	@PostMapping("/cache/table/revalidate")
	@Revalidates(tags = "table")
	ResponseEntity<Void> revalidate() {
		return ResponseEntity.noContent().build();
	}

	/** One table row. */
	public record Row(int id, String name, String category, int quantity, String status) {
	}

}
