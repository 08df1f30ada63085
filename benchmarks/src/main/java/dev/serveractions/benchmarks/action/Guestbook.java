package dev.serveractions.benchmarks.action;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The work every benchmarked post does: append an entry to an in-memory list that keeps the
 * latest {@value #SIZE}, and count the entries ever added so that the harness can check that a
 * variant really ran.
 */
@Component
public class Guestbook {

	/** How many entries the list keeps, and the page shows. */
	public static final int SIZE = 20;

	private final Deque<String> entries = new ArrayDeque<>();

	private long signed;

	/**
	 * Adds an entry, dropping the oldest beyond {@value #SIZE}.
	 * @param text the entry
	 */
	public synchronized void sign(String text) {
		if (this.entries.size() == SIZE) {
			this.entries.removeFirst();
		}
		this.entries.addLast(text);
		this.signed++;
	}

	/**
	 * The latest entries, oldest first.
	 * @return a copy of the entries
	 */
	public synchronized List<String> entries() {
		return new ArrayList<>(this.entries);
	}

	/**
	 * How many entries were ever added.
	 * @return the count
	 */
	public synchronized long signed() {
		return this.signed;
	}

}
