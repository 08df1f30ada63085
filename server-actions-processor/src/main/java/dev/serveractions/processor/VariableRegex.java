package dev.serveractions.processor;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The regex part of a path variable, {@code {name:regex}}: where it ends, and that it compiles. */
final class VariableRegex {

	private VariableRegex() {
	}

	/** Where a variable's regex ends (its closing brace), so that a '/' in it does not split. */
	static int end(String path, int open) {
		int colon = open + 1;
		while (colon < path.length() && path.charAt(colon) != ':' && path.charAt(colon) != '}'
				&& path.charAt(colon) != '/') {
			colon++;
		}
		if (colon >= path.length() || path.charAt(colon) != ':' || path.startsWith("{*", open)) {
			return open;
		}
		int depth = 0;
		for (int i = colon + 1; i < path.length(); i++) {
			char ch = path.charAt(i);
			if (ch == '\\') {
				i++;
			}
			else if (ch == '{') {
				depth++;
			}
			else if (ch == '}' && depth-- == 0) {
				return i;
			}
			else if (ch == '/') {
				throw PathTemplateChecker.fail(i, "the variable opened at index " + open + " is not closed with '}'");
			}
		}
		throw PathTemplateChecker.fail(path.length() - 1, "the variable opened at index " + open + " is not closed with '}'");
	}

	/** Checks that a variable's regex, between ':' and '}', compiles. */
	static void check(String path, int start, int end) {
		if (start == end) {
			throw PathTemplateChecker.fail(start, "a variable's regex after ':' is empty");
		}
		try {
			Pattern.compile(path.substring(start, end));
		}
		catch (PatternSyntaxException ex) {
			throw PathTemplateChecker.fail(start, "the regex \"" + path.substring(start, end) + "\" is invalid: " + ex.getDescription());
		}
	}

}
