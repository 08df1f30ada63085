package dev.serveractions.diagnostics;

import java.util.List;

/**
 * The mistakes found while the application started; {@link StartupMistakesFailureAnalyzer}
 * reports them. The message lists them too, for a context that fails outside Spring Boot.
 */
final class StartupMistakesException extends IllegalStateException {

	private final List<Mistake> mistakes;

	StartupMistakesException(List<Mistake> mistakes) {
		super(message(mistakes));
		this.mistakes = mistakes;
	}

	List<Mistake> mistakes() {
		return this.mistakes;
	}

	private static String message(List<Mistake> mistakes) {
		StringBuilder message = new StringBuilder("Server Actions found " + count(mistakes) + " in the application:");
		for (int i = 0; i < mistakes.size(); i++) {
			message.append("\n").append(i + 1).append(". ").append(mistakes.get(i).description())
				.append(" Action: ").append(mistakes.get(i).action());
		}
		return message.toString();
	}

	static String count(List<Mistake> mistakes) {
		return (mistakes.size() == 1) ? "a mistake" : mistakes.size() + " mistakes";
	}

	/**
	 * One mistake.
	 * @param description what is wrong
	 * @param action what to change
	 */
	record Mistake(String description, String action) {
	}

}
