package dev.serveractions.action;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.validation.Errors;

/**
 * What a server action asks the page to do next, when returning {@code void} (back to the page)
 * or a value (the page rendered again with {@code ${#actions.result}}) is not enough.
 *
 * <pre class="code">
 * &#64;ServerAction
 * public ActionResult rename(&#64;Valid RenameForm form, BindingResult errors) {
 *     if (todos.exists(form.name())) {
 *         errors.rejectValue("name", "taken", "That name is taken");
 *         return ActionResult.invalid(errors);            // 422, the page shows the error
 *     }
 *     todos.rename(form.id(), form.name());
 *     return ActionResult.redirect("/todos");            // 303 See Other
 * }
 * </pre>
 */
public final class ActionResult {

	private final @Nullable String location;

	private final @Nullable Errors errors;

	private ActionResult(@Nullable String location, @Nullable Errors errors) {
		this.location = location;
		this.errors = errors;
	}

	/**
	 * Answer with {@code 303 See Other} to the given location (with the client runtime: go
	 * there and update the browser history).
	 * @param location an absolute path such as {@code "/todos"} or an absolute URL
	 * @return the result
	 */
	public static ActionResult redirect(String location) {
		Assert.hasText(location, "Location must not be empty");
		return new ActionResult(location, null);
	}

	/**
	 * Answer with {@code 422} and render the page again with the submitted values and these
	 * errors, as a Bean Validation failure would.
	 * @param errors the errors, usually the action's {@code BindingResult} after
	 * {@code rejectValue(...)}
	 * @return the result
	 */
	public static ActionResult invalid(Errors errors) {
		Assert.notNull(errors, "Errors must not be null");
		return new ActionResult(null, errors);
	}

	/**
	 * The redirect location.
	 * @return the location, or {@code null} when this is not a redirect
	 */
	public @Nullable String location() {
		return this.location;
	}

	/**
	 * The validation errors.
	 * @return the errors, or {@code null} when this is not a validation failure
	 */
	public @Nullable Errors errors() {
		return this.errors;
	}

}
