package dev.serveractions.examples.todo.browser;

import java.util.Arrays;

import com.microsoft.playwright.Locator;

/** An element's computed style, as the browser applies it: what the user sees of the stylesheet. */
final class ComputedStyle {

	private ComputedStyle() {
	}

	/** A property of the element's computed style, e.g. {@code of(button, "cursor")}. */
	static String of(Locator element, String property) {
		return of(element, null, property);
	}

	/** A property of one of its pseudo-elements, e.g. {@code of(button, "::after", "animationName")}. */
	static String of(Locator element, String pseudo, String property) {
		return (String) element.evaluate("(e, [pseudo, property]) => getComputedStyle(e, pseudo)[property]",
				Arrays.asList(pseudo, property));
	}

}
