package dev.serveractions.action.visitapp;

import dev.serveractions.action.ServerAction;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;

/** A package-private bean of actions. */
@Component
class VisitActions {

	private final VisitBook visits;

	VisitActions(VisitBook visits) {
		this.visits = visits;
	}

	@ServerAction("visits.cancel")
	public String cancel(@PathVariable int visitId) {
		this.visits.save(new Visit(visitId, "cancelled"));
		return "cancelled " + visitId;
	}

}
