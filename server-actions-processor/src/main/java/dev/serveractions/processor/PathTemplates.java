package dev.serveractions.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a path template against the syntax of Spring's {@code PathPatternParser} without
 * Spring on the processor's path: variables {@code {name}} and {@code {name:regex}}, the
 * catch-all {@code {*name}} and {@code **} (one of them, at the start or the end), {@code *}
 * and {@code ?}. {@code PathTemplatesTests} compares every verdict with Spring's parser.
 */
final class PathTemplates {

	private static final Pattern NAMES = Pattern.compile("\\{([^/{}:]+)(?::[^/]*)?}");

	private final String path;

	private final List<String> names = new ArrayList<>();

	private boolean multiSegment;

	private PathTemplates(String path) {
		this.path = path;
	}

	/** What is wrong with the template, or {@code null} when Spring would parse it. */
	static String problem(String path) {
		try {
			new PathTemplates(path).check();
			return null;
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
	}

	/** The variables a (valid) template captures, catch-all included. */
	static List<String> variables(String path) {
		List<String> variables = new ArrayList<>();
		Matcher matcher = NAMES.matcher(path);
		while (matcher.find()) {
			variables.add(matcher.group(1).startsWith("*") ? matcher.group(1).substring(1) : matcher.group(1));
		}
		return variables;
	}

	private void check() {
		int start = 0;
		for (int i = 0; i <= this.path.length(); i++) {
			if (i == this.path.length() || this.path.charAt(i) == '/') {
				if (i > start) {
					segment(start, i);
				}
				start = i + 1;
			}
			else if (this.path.charAt(i) == '{') {
				i = skipRegex(i);
			}
		}
	}

	/** Where a variable's regex ends (its closing brace), so that a '/' in it does not split. */
	private int skipRegex(int open) {
		int colon = open + 1;
		while (colon < this.path.length() && this.path.charAt(colon) != ':' && this.path.charAt(colon) != '}'
				&& this.path.charAt(colon) != '/') {
			colon++;
		}
		if (colon >= this.path.length() || this.path.charAt(colon) != ':' || this.path.startsWith("{*", open)) {
			return open;
		}
		int depth = 0;
		for (int i = colon + 1; i < this.path.length(); i++) {
			char ch = this.path.charAt(i);
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
				throw fail(i, "the variable opened at index " + open + " is not closed with '}'");
			}
		}
		throw fail(this.path.length() - 1, "the variable opened at index " + open + " is not closed with '}'");
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
				int close = skipRegex(i);
				regex(j + 1, close);
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

	private void regex(int start, int end) {
		if (start == end) {
			throw fail(start, "a variable's regex after ':' is empty");
		}
		try {
			Pattern.compile(this.path.substring(start, end));
		}
		catch (PatternSyntaxException ex) {
			throw fail(start, "the regex \"" + this.path.substring(start, end) + "\" is invalid: " + ex.getDescription());
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

	private IllegalArgumentException fail(int index, String problem) {
		return new IllegalArgumentException(problem + " (at index " + index + ")");
	}

}
