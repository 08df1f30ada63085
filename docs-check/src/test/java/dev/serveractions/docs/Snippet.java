package dev.serveractions.docs;

import org.jspecify.annotations.Nullable;

/**
 * One fenced code block of a Markdown page.
 *
 * @param page the page, relative to the project, as {@code docs/server-actions.md}
 * @param line the line of the page where the block's first line of code is
 * @param language the fence's info string ({@code java}, {@code xml}...), empty when it has none
 * @param code the block's text, without the fences and without the indent of the opening fence
 * @param notCompiled the reason given by a {@code <!-- snippet: not compiled: reason -->} comment
 * just before the fence, or {@code null}
 */
record Snippet(String page, int line, String language, String code, @Nullable String notCompiled) {

	/** Where the snippet is, as editors and terminals link it: {@code docs/x.md:12}. */
	String where() {
		return this.page + ":" + this.line;
	}

	/** Where one line of the snippet is, counting from 0. */
	String where(int index) {
		return this.page + ":" + (this.line + index);
	}

	@Override
	public String toString() {
		return where() + " (" + (this.language.isEmpty() ? "no language" : this.language) + ")";
	}

}
