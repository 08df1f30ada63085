package dev.serveractions.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * The checker behind {@link PathTemplates#problem(String)}: walks the template segment by
 * segment as Spring's {@code PathPatternParser} does and throws at the first problem.
 */
final class PathTemplateChecker {

	private final String path;

	private final List<String> names = new ArrayList<>();

	private boolean multiSegment;

	PathTemplateChecker(String path) {
		this.path = path;
	}

	/** Throws {@link IllegalArgumentException} naming the first problem. */
	void check() {
		int start = 0;
		for (int i = 0; i <= this.path.length(); i++) {
			if (i == this.path.length() || this.path.charAt(i) == '/') {
				if (i > start) {
					segment(start, i);
				}
				start = i + 1;
			}
			else if (this.path.charAt(i) == '{') {
				i = VariableRegex.end(this.path, i);
			}
		}
	}

	private void segment(int start, int end) {
		String text = this.path.substring(start, end);
		if (text.equals("**")) {
			multiSegment(start, end, "**");
			return;
		}
		int captures = 0;
		boolean catchAll = false;
		for (int i = start; i < end; i++) {
			char ch = this.path.charAt(i);
			if (ch == '}') {
				throw fail(i, "'}' closes no variable");
			}
			if (ch != '{') {
				continue;
			}
			captures++;
			int nameStart = i + 1;
			if (nameStart < end && this.path.charAt(nameStart) == '*') {
				catchAll = true;
				nameStart++;
			}
			int j = nameStart;
			while (j < end && this.path.charAt(j) != '}' && this.path.charAt(j) != ':') {
				char nameChar = this.path.charAt(j);
				if (nameChar == '{') {
					throw fail(j, "variables cannot be nested");
				}
				boolean valid = (j == nameStart) ? Character.isJavaIdentifierStart(nameChar)
						: Character.isJavaIdentifierPart(nameChar) || nameChar == '-';
				if (!valid) {
					throw fail(j, "'" + nameChar + "' is not allowed " + ((j == nameStart) ? "at the start of" : "in")
							+ " a variable name");
				}
				j++;
			}
			if (j >= end) {
				throw fail(end - 1, "the variable opened at index " + i + " is not closed with '}'");
			}
			String variable = this.path.substring(nameStart, j);
			if (this.path.charAt(j) == ':' && !catchAll) {
				int close = VariableRegex.end(this.path, i);
				VariableRegex.check(this.path, j + 1, close);
				j = close;
			}
			else if (this.path.charAt(j) == ':') {
				throw fail(j, "':' is not allowed in a variable name");
			}
			name(i, variable);
			i = j;
		}
		if (catchAll) {
			if (captures != 1 || this.path.charAt(start) != '{' || this.path.charAt(end - 1) != '}') {
				throw fail(start, "'{*...}' must be a whole path segment");
			}
			multiSegment(start, end, text);
		}
	}

	private void name(int at, String name) {
		if (this.names.contains(name)) {
			throw fail(at, "the variable '" + name + "' is captured twice");
		}
		this.names.add(name);
	}

	private void multiSegment(int start, int end, String text) {
		if (this.multiSegment) {
			throw fail(start, "only one '{*...}' or '**' is allowed");
		}
		if (start > 1 && end != this.path.length()) {
			throw fail(start, "'" + text + "' is allowed only at the start or the end of the path");
		}
		this.multiSegment = true;
	}

	static IllegalArgumentException fail(int index, String problem) {
		return new IllegalArgumentException(problem + " (at index " + index + ")");
	}

}
