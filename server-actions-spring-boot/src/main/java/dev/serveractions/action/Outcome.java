package dev.serveractions.action;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.validation.Errors;

/**
 * What came of an action request, before it is written for the client: one row of the outcome
 * table in {@code docs/server-actions.md}.
 *
 * @param kind the outcome
 * @param status the status the outcome stands for (a writer may answer a redirect instead)
 * @param location where a redirect goes
 * @param result the value the action returned
 * @param errors the validation errors
 * @param message a message safe to show, for failures and rejections
 * @param correlationId the id the log carries for an unexpected failure
 * @param view the {@code "redirect:..."} view name of a redirect, as the action wrote it (its
 * placeholders not filled in), for the {@code ModelAndView} a form post is answered with
 */
record Outcome(Kind kind, HttpStatusCode status, @Nullable String location, @Nullable Object result,
		@Nullable Errors errors, @Nullable String message, @Nullable String correlationId, @Nullable String view) {

	/** The outcomes, with the {@code Sa-Outcome} header value of each. */
	enum Kind {

		REDIRECT("redirect"), OK("ok"), RESULT("result"), INVALID("invalid"), FAILED("error"), REJECTED(null),
		/** A rejection of a form rendered under other keys or by another deployment. */
		STALE(null);

		private final @Nullable String header;

		Kind(@Nullable String header) {
			this.header = header;
		}

		/** The {@code Sa-Outcome} header value, none for a request refused before an action ran. */
		@Nullable String header() {
			return this.header;
		}

	}

	static Outcome redirect(String location) {
		return redirect(location, "redirect:" + location);
	}

	static Outcome redirect(String location, String view) {
		return new Outcome(Kind.REDIRECT, HttpStatus.SEE_OTHER, location, null, null, null, null, view);
	}

	static Outcome ok() {
		return new Outcome(Kind.OK, HttpStatus.OK, null, null, null, null, null, null);
	}

	static Outcome result(Object value) {
		return new Outcome(Kind.RESULT, HttpStatus.OK, null, value, null, null, null, null);
	}

	static Outcome invalid(@Nullable Errors errors) {
		return new Outcome(Kind.INVALID, HttpStatus.UNPROCESSABLE_CONTENT, null, null, errors,
				"The submitted values are not valid.", null, null);
	}

	static Outcome failed(HttpStatusCode status, String message, @Nullable String correlationId) {
		return new Outcome(Kind.FAILED, status, null, null, null, message, correlationId, null);
	}

	static Outcome rejected(HttpStatusCode status, String message) {
		return new Outcome(Kind.REJECTED, status, null, null, null, message, null, null);
	}

	static Outcome stale(HttpStatusCode status, String message) {
		return new Outcome(Kind.STALE, status, null, null, null, message, null, null);
	}

	/** Whether the action ran to success, so that nothing may answer an error any more. */
	boolean committed() {
		return this.kind == Kind.REDIRECT || this.kind == Kind.OK || this.kind == Kind.RESULT;
	}

}
