package dev.serveractions.action;

import org.springframework.http.HttpStatus;

/**
 * The handler for an action request refused before any action runs: cross-site, too large,
 * badly encoded, posted where there is no page, an unknown action, or bound values that do not
 * verify.
 *
 * @param outcome the rejection, or the stale-form answer for an id or signature of another
 * deployment or key
 * @param unknownAction whether the request named no action this server has, or one it cannot
 * verify: the answer says so in {@code Sa-Action-Not-Found}, and the runtime reloads the page
 * @param kind what is wrong, as {@link RefusedRequests} counts it
 */
record ActionRejection(Outcome outcome, boolean unknownAction, String kind) {

	static ActionRejection of(String kind, HttpStatus status, String detail) {
		return new ActionRejection(Outcome.rejected(status, detail), false, kind);
	}

	static ActionRejection unknown(HttpStatus status, String detail) {
		return new ActionRejection(Outcome.rejected(status, detail), true, RefusedRequests.UNKNOWN_ACTION);
	}

	static ActionRejection stale(HttpStatus status, String detail) {
		return new ActionRejection(Outcome.stale(status, detail), true, RefusedRequests.OUT_OF_DATE);
	}

}
