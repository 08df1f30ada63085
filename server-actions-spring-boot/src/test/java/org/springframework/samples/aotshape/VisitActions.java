package org.springframework.samples.aotshape;

import dev.serveractions.action.ServerAction;
import jakarta.validation.Valid;

import org.springframework.stereotype.Component;

/** Actions of an application whose package starts as Spring's own do, as the best-known sample's. */
@Component
public class VisitActions {

	@ServerAction("visits.book")
	public Visit book(@Valid VisitForm form) {
		return new Visit(1, form.getDescription());
	}

}
