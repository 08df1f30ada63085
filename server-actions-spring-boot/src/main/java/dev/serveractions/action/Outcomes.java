package dev.serveractions.action;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pure step of the action pipeline: what the invocation produced (a value and a model, or
 * an exception) becomes an {@link Outcome}. Exceptions it does not know are left to the
 * application's exception handling, as for a {@code @PostMapping}.
 */
final class Outcomes {

	private static final String REDIRECT_PREFIX = "redirect:";

	private Outcomes() {
	}

	/**
	 * The outcome of an action that returned.
	 * @param value what it returned
	 * @param model the model its arguments were bound into
	 * @param uriVariables the page's path variables, for {@code "redirect:/owners/{ownerId}"}
	 */
	static Outcome returned(@Nullable Object value, Map<String, ?> model, Map<String, String> uriVariables) {
		if (value instanceof ActionResult result) {
			String location = result.location();
			return (location != null) ? Outcome.redirect(location) : Outcome.invalid(result.errors());
		}
		if (value instanceof String view && view.startsWith(REDIRECT_PREFIX)) {
			// the method decides, as a @PostMapping's: a redirect redirects whatever its BindingResult holds
			String target = view.substring(REDIRECT_PREFIX.length());
			return Outcome.redirect(UriComponentsBuilder.fromUriString(target).buildAndExpand(uriVariables).toUriString(),
					view);
		}
		for (Object attribute : model.values()) {
			if (attribute instanceof BindingResult errors && errors.hasErrors()) {
				return Outcome.invalid(errors);
			}
		}
		return (value != null) ? Outcome.result(value) : Outcome.ok();
	}

	/**
	 * The outcome of an action that threw, or {@code null} when the application's exception
	 * handling decides.
	 */
	static @Nullable Outcome thrown(Exception ex) {
		if (ex instanceof BindException bind) {
			return Outcome.invalid(bind.getBindingResult());
		}
		if (ex instanceof UserFacingException userFacing) {
			return Outcome.failed(userFacing.getStatus(), String.valueOf(userFacing.getMessage()), null);
		}
		if (ex instanceof MissingPathVariableException missing && !missing.isMissingAfterConversion()) {
			// posted to a page whose address lacks what the action (or its bean's loader) takes from it
			return Outcome.rejected(HttpStatus.BAD_REQUEST, "This action takes the path variable \""
					+ missing.getVariableName() + "\", which the address it was posted to does not have.");
		}
		if (ex instanceof ActionDataBinder.MalformedFieldsException || ex instanceof InvalidPropertyException) {
			// field names the form object cannot take, such as text[0] on a String
			return Outcome.rejected(HttpStatus.BAD_REQUEST, "The form has fields this action does not accept.");
		}
		return null;
	}

}
