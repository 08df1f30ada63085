package dev.serveractions.action;

import jakarta.servlet.http.HttpServletRequest;

/** Who sent an action request, which decides the shape of the answer. */
enum ClientShape {

	/** A form posted by a browser with JavaScript off: pages and redirects. */
	FORM,

	/** The client runtime ({@code Sa-Action} header): pages in one round trip. */
	RUNTIME,

	/** A script asking for JSON ({@code ServerActions.call}): the outcome as JSON. */
	JSON;

	static ClientShape of(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains("json") && !accept.contains("text/html")) {
			return JSON;
		}
		boolean fromScript = request.getHeader(ServerActions.ACTION_HEADER) != null
				|| request.getHeader(ServerActions.ACTION_NAME_HEADER) != null;
		return fromScript ? RUNTIME : FORM;
	}

}
