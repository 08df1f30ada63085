package dev.serveractions.diagnostics;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.SmartLifecycle;

/**
 * The mistakes the library finds in the application while it starts: a route handler or server
 * action that is declared wrongly, two of them in each other's way, an indexed class that is not
 * a bean. Each check adds what it finds here instead of failing at once, so that one start lists
 * them all; when every check has run, before anything else starts (the web server included), the
 * start fails with Spring Boot's "APPLICATION FAILED TO START" report, a description and an
 * action per mistake. Applications do not use this class: the library's auto-configuration
 * imports it.
 *
 * @since 0.2
 */
public final class StartupMistakes implements SmartLifecycle {

	private final List<StartupMistakesException.Mistake> mistakes = new ArrayList<>();

	StartupMistakes() {
	}

	/**
	 * Adds a mistake.
	 * @param description what is wrong, naming the class or method, as a sentence
	 * @param action what to change, as a sentence
	 */
	public synchronized void add(String description, String action) {
		this.mistakes.add(new StartupMistakesException.Mistake(description, action));
	}

	/** Fails the start if a check found a mistake: all checks ran with the singletons. */
	@Override
	public synchronized void start() {
		if (!this.mistakes.isEmpty()) {
			throw new StartupMistakesException(List.copyOf(this.mistakes));
		}
	}

	@Override
	public void stop() {
	}

	@Override
	public boolean isRunning() {
		return false;
	}

	/** The first phase: before the web server and every other lifecycle bean. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE;
	}

}
