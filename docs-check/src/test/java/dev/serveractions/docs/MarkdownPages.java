package dev.serveractions.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Markdown pages of the project (README.md and docs/*.md) and their fenced code blocks. A
 * fence that does not close, or that closes with text after it on its line (which Markdown takes
 * as text of the block, swallowing what follows), is a problem of the page.
 */
final class MarkdownPages {

	private static final Pattern FENCE = Pattern.compile("^(\\s*)```(.*)$");

	private static final Pattern NOT_COMPILED = Pattern.compile("<!--\\s*snippet:\\s*not compiled:\\s*(.*?)\\s*-->");

	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+-]*");

	private final List<Snippet> snippets = new ArrayList<>();

	private final List<String> problems = new ArrayList<>();

	private MarkdownPages() {
	}

	/** The project's directory, as the build passes it ({@code docs.root}). */
	static Path root() {
		return Path.of(System.getProperty("docs.root", "..")).toAbsolutePath().normalize();
	}

	static MarkdownPages read() {
		Path root = root();
		MarkdownPages pages = new MarkdownPages();
		pages.read(root, root.resolve("README.md"));
		try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach((path) -> pages.read(root, path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pages;
	}

	List<Snippet> snippets() {
		return this.snippets;
	}

	List<Snippet> snippets(String... languages) {
		return this.snippets.stream().filter((snippet) -> List.of(languages).contains(snippet.language())).toList();
	}

	/** What is wrong with the fences, one line each, starting with the page and line. */
	List<String> problems() {
		return this.problems;
	}

	/** The text of a page, by its name relative to the project. */
	static String text(String page) {
		try {
			return Files.readString(root().resolve(page));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read(Path root, Path path) {
		String page = root.relativize(path).toString().replace('\\', '/');
		List<String> lines;
		try {
			lines = Files.readAllLines(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int i = 0;
		while (i < lines.size()) {
			Matcher open = FENCE.matcher(lines.get(i));
			if (!open.matches()) {
				i++;
				continue;
			}
			String indent = open.group(1);
			String language = open.group(2).strip();
			if (!LANGUAGE.matcher(language).matches()) {
				this.problems.add(page + ":" + (i + 1) + ": a code fence opens with \"```" + language
						+ "\": write the language alone after ``` (is it a closing fence with text after it?)");
			}
			String notCompiled = notCompiled(lines, i);
			StringBuilder code = new StringBuilder();
			int j = i + 1;
			boolean closed = false;
			for (; j < lines.size(); j++) {
				String line = lines.get(j);
				Matcher fence = FENCE.matcher(line);
				if (fence.matches()) {
					if (fence.group(2).isBlank()) {
						closed = true;
						break;
					}
					this.problems.add(page + ":" + (j + 1) + ": a code fence closes mid-line (\"" + line.strip()
							+ "\"): Markdown then takes the rest of the page as code; put the text after ``` on a line of its own");
					closed = true;
					break;
				}
				code.append(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading()).append('\n');
			}
			if (!closed) {
				this.problems.add(page + ":" + (i + 1) + ": the code fence opened here never closes");
			}
			this.snippets.add(new Snippet(page, i + 2, language, code.toString(), notCompiled));
			i = j + 1;
		}
	}

	private static String notCompiled(List<String> lines, int fence) {
		for (int k = fence - 1; k >= 0; k--) {
			String line = lines.get(k).strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher matcher = NOT_COMPILED.matcher(line);
			return matcher.find() ? matcher.group(1) : null;
		}
		return null;
	}

}
