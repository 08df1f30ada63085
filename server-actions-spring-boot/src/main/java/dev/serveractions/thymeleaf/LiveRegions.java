package dev.serveractions.thymeleaf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The tags of the {@code sa:cache} fragments rendered so far in a request, once a live region
 * began: a region's tags are those recorded between its start and its end. Nothing is recorded
 * in a request without live regions.
 */
final class LiveRegions {

	private static final String ATTRIBUTE = LiveRegions.class.getName();

	private LiveRegions() {
	}

	/** Records the tags of a fragment, if a live region is rendering. */
	static void record(HttpServletRequest request, Collection<String> tags) {
		if (request.getAttribute(ATTRIBUTE) instanceof List<?> recorded) {
			@SuppressWarnings("unchecked")
			List<String> strings = (List<String>) recorded;
			strings.addAll(tags);
		}
	}

	/** Begins a region: the position to pass to {@link #since(HttpServletRequest, int)} at its end. */
	static int start(HttpServletRequest request) {
		if (!(request.getAttribute(ATTRIBUTE) instanceof List<?> recorded)) {
			request.setAttribute(ATTRIBUTE, new ArrayList<String>());
			return 0;
		}
		return recorded.size();
	}

	/** The tags recorded since a region began. */
	static List<String> since(HttpServletRequest request, int start) {
		if (request.getAttribute(ATTRIBUTE) instanceof List<?> recorded && start <= recorded.size()) {
			List<String> tags = new ArrayList<>();
			recorded.subList(start, recorded.size()).forEach((tag) -> tags.add(String.valueOf(tag)));
			return tags;
		}
		return List.of();
	}

}
