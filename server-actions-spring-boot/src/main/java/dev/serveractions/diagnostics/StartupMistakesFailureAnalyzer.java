package dev.serveractions.diagnostics;

import java.util.List;
import java.util.function.Function;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports the {@link StartupMistakes} of a failed start as Spring Boot's "APPLICATION FAILED TO
 * START" block: every mistake under Description, and under Action what to change for each, with
 * the same numbers. Registered in {@code META-INF/spring.factories}.
 */
final class StartupMistakesFailureAnalyzer extends AbstractFailureAnalyzer<StartupMistakesException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupMistakesException cause) {
		List<StartupMistakesException.Mistake> mistakes = cause.mistakes();
		String description = "Server Actions found " + StartupMistakesException.count(mistakes)
				+ " in the application:\n\n" + list(mistakes, StartupMistakesException.Mistake::description);
		return new FailureAnalysis(description, list(mistakes, StartupMistakesException.Mistake::action), cause);
	}

	private static String list(List<StartupMistakesException.Mistake> mistakes,
			Function<StartupMistakesException.Mistake, String> text) {
		if (mistakes.size() == 1) {
			return text.apply(mistakes.get(0));
		}
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < mistakes.size(); i++) {
			list.append((i > 0) ? "\n\n" : "").append(i + 1).append(". ").append(text.apply(mistakes.get(i)));
		}
		return list.toString();
	}

}
