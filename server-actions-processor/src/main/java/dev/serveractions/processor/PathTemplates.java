package dev.serveractions.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Path templates in the syntax of Spring's {@code PathPatternParser}, checked without Spring on
 * the processor's path: variables {@code {name}} and {@code {name:regex}}, the catch-all
 * {@code {*name}} and {@code **} (one of them, at the start or the end), {@code *} and {@code ?}.
 * {@code PathTemplatesTests} compares every verdict with Spring's parser.
 */
final class PathTemplates {

	private static final Pattern NAMES = Pattern.compile("\\{([^/{}:]+)(?::[^/]*)?}");

	private PathTemplates() {
	}

	/** What is wrong with the template, or {@code null} when Spring would parse it. */
	static @Nullable String problem(String path) {
		try {
			new PathTemplateChecker(path).check();
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

	/** The template with its variables' names left out: the runtime's notion of one path. */
	static String shape(String path) {
		return path.replaceAll("\\{(\\*?)[^}:]*", "{$1");
	}

}
