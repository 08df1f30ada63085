package dev.serveractions.action;

import org.jspecify.annotations.Nullable;

/**
 * Which action a request names, and where its signed bound values are: the header
 * {@code Sa-Action} (an id) wins, then {@code Sa-Action-Name} (a name), then the clicked button's
 * {@code _sa_formaction} field (an id, optionally followed by {@code ':'} and its own bound
 * token), then the form's {@code _sa_action} field. A button's token counts with the header too
 * when the button names the same action, as the client runtime sends the clicked button's field.
 *
 * @param id the action id, or {@code null} when the request names the action by name
 * @param name the action name, or {@code null} when the request carries an id
 * @param token the bound token of a {@code sa:formaction} button, which wins over the form's
 * {@code _sa_bind} for the action the button names
 * @param fromHeader whether the action was named by a header (script) rather than a form field
 */
record ActionSelection(@Nullable String id, @Nullable String name, @Nullable String token, boolean fromHeader) {

	/**
	 * The action a request names, or {@code null} when it names none.
	 * @param headerId the {@code Sa-Action} header
	 * @param headerName the {@code Sa-Action-Name} header
	 * @param formAction the {@code _sa_formaction} field
	 * @param actionField the {@code _sa_action} field
	 */
	static @Nullable ActionSelection select(@Nullable String headerId, @Nullable String headerName,
			@Nullable String formAction, @Nullable String actionField) {
		if (headerId != null) {
			// the runtime sends the clicked button's field along: its token belongs to the same action
			String token = (formAction != null && formAction.length() > headerId.length()
					&& formAction.startsWith(headerId) && formAction.charAt(headerId.length()) == ':')
							? formAction.substring(headerId.length() + 1) : null;
			return new ActionSelection(headerId, null, token, true);
		}
		if (headerName != null) {
			return new ActionSelection(null, headerName, null, true);
		}
		if (formAction != null) {
			int colon = formAction.indexOf(':');
			return (colon < 0) ? new ActionSelection(formAction, null, null, false)
					: new ActionSelection(formAction.substring(0, colon), null, formAction.substring(colon + 1), false);
		}
		return (actionField != null) ? new ActionSelection(actionField, null, null, false) : null;
	}

}
