package dev.serveractions.action;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.util.ClassUtils;

/**
 * What a developer needs when a template or a test names an action that does not exist: the
 * nearest known name, or the known names; the class that declares it when an index of the
 * classpath says so but the class is not a bean of this context; and, with Spring Boot's test
 * support present but no index (a context with {@link TypeExcludeFilter} beans: {@code
 * spring-boot-test} registers one in every context it sees), how a test slice gets the bean.
 */
final class UnknownActionMessage {

	private UnknownActionMessage() {
	}

	static String of(String name, Collection<String> known, ConfigurableListableBeanFactory beanFactory) {
		StringBuilder message = new StringBuilder("No server action is named \"" + name + "\"");
		String nearest = nearest(name, known);
		if (nearest != null) {
			message.append("; did you mean \"").append(nearest).append("\"?");
		}
		else {
			message.append(known.isEmpty() ? "; this application context has no server actions."
					: "; known actions: " + known + ".");
		}
		String declaring = indexed(name, beanFactory);
		if (declaring != null) {
			String type = declaring.substring(0, declaring.indexOf('#'));
			message.append(" It is declared by ").append(declaring.replace('#', '.')).append("(), whose class is not a "
					+ "bean of this application context: @Import(").append(ClassUtils.getShortName(type))
				.append(".class), or make component scanning reach it.");
		}
		else if (beanFactory.getBeanNamesForType(TypeExcludeFilter.class, false, false).length > 0) {
			message.append(" If this is a test slice (such as @WebMvcTest) that leaves out the bean declaring it, "
					+ "add that bean with @Import(TheActions.class), or test with @SpringBootTest.");
		}
		return message.toString();
	}

	/** {@code class#method} of the action of that name in an index of the classpath, if any. */
	private static @Nullable String indexed(String name, ConfigurableListableBeanFactory beanFactory) {
		try {
			for (ClasspathIndexes.IndexFile index : ClasspathIndexes.load(beanFactory.getBeanClassLoader()).files()) {
				for (Map.Entry<String, String> action : index.actions().entrySet()) {
					if (action.getValue().equals(name)) {
						return action.getKey();
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// an unreadable index: the message goes without
		}
		return null;
	}

	/** The known name closest to a mistyped one by edit distance, within a distance worth suggesting. */
	static @Nullable String nearest(String name, Collection<String> known) {
		String nearest = null;
		int best = Math.max(2, name.length() / 3) + 1;
		for (String candidate : known) {
			int distance = distance(name, candidate);
			if (distance < best) {
				best = distance;
				nearest = candidate;
			}
		}
		return nearest;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
