package dev.serveractions.action;

import org.springframework.http.HttpStatus;

/**
 * The handler for an action request refused before the action runs: cross-site, too large,
 * unknown action or bad bound value. The action never runs.
 *
 * @param status the response status
 * @param detail what went wrong, safe to show
 * @param unknownAction whether the action id or name is unknown (version skew)
 */
record ActionRejection(HttpStatus status, String detail, boolean unknownAction) {

	static ActionRejection of(HttpStatus status, String detail) {
		return new ActionRejection(status, detail, false);
	}

}
