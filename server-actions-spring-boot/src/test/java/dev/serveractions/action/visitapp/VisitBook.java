package dev.serveractions.action.visitapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/** The visits, in memory. */
@Component
class VisitBook {

	private final Map<Integer, Visit> visits = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	Visit find(int id) {
		return this.visits.get(id);
	}

	Visit save(Visit visit) {
		Visit saved = (visit.id() != null) ? visit : new Visit(this.ids.incrementAndGet(), visit.description());
		this.visits.put(saved.id(), saved);
		return saved;
	}

	Map<Integer, Visit> all() {
		return this.visits;
	}

}
