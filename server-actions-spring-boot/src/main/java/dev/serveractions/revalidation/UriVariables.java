package dev.serveractions.revalidation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The {@code {name}} placeholders of {@link Revalidates} paths and tags, filled from the URI
 * template variables of the request the handler answered ({@code /owners/{ownerId}} on
 * {@code POST /owners/7/edit} revalidates {@code /owners/7}). A placeholder is written as in a
 * mapping's path: {@code {name}}; in a mapping's path, {@code {name:regex}} and {@code {*name}}
 * name the variable {@code name}.
 */
final class UriVariables {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\*?([^{}:/]+)(?::[^{}]*)?}");

	private UriVariables() {
	}

	/** The variables the paths and tags of an annotation use, in order. */
	static Set<String> used(Revalidates revalidates) {
		Set<String> names = new LinkedHashSet<>();
		for (String value : revalidates.paths()) {
			names.addAll(in(value));
		}
		for (String value : revalidates.tags()) {
			names.addAll(in(value));
		}
		return names;
	}

	/** The variables of one template or mapping path. */
	static Set<String> in(String template) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(template);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/**
	 * The template with its placeholders filled.
	 * @return the filled template, or {@code null} when the request lacks one of its variables
	 */
	static @Nullable String fill(String template, @Nullable Map<String, String> variables) {
		if (template.indexOf('{') < 0) {
			return template;
		}
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = (variables != null) ? variables.get(matcher.group(1)) : null;
			if (value == null) {
				return null;
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

}
