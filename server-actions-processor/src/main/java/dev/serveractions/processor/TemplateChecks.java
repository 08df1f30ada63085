package dev.serveractions.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic.Kind;

/**
 * Checks the literal action names of Thymeleaf templates against the known actions:
 * {@code sa:action} and {@code sa:formaction} (or {@code data-sa-...}), {@code #actions.id('…')}
 * and {@code #actions.ran('…')}, and {@code ServerActions.call('…')} inside {@code <script>}. Of an
 * expression in {@code sa:action} or {@code sa:formaction}, the literals it can yield as a whole
 * ({@link ExpressionResults}: the branches of {@code ? :} and {@code ?:}) are checked; other
 * expressions are skipped. An unknown name is an error naming the file, the line and the nearest
 * known name.
 */
final class TemplateChecks {

	private static final Pattern ATTRIBUTE = Pattern
		.compile("(?<![\\w:-])((?:sa:|data-sa-)(?:action|formaction))\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

	private static final Pattern EXPRESSION = Pattern.compile("#actions\\s*\\.\\s*(id|ran)\\s*\\(\\s*'([^']*)'\\s*\\)");

	private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b[^>]*>(.*?)</script>");

	private static final Pattern CALL = Pattern.compile("ServerActions\\s*\\.\\s*call\\s*\\(\\s*(['\"`])([^'\"`]*)\\1");

	private static final List<String> EXPRESSION_STARTS = List.of("${", "*{", "#{", "@{", "~{", "|", "'", "[[", "[(");

	private final Messager messager;

	private final Set<String> known;

	TemplateChecks(Messager messager, Set<String> known) {
		this.messager = messager;
		this.known = known;
	}

	/** Checks the templates where {@link TemplateLocation} finds them, if there are any. */
	static void run(ProcessingEnvironment environment, Set<String> known) {
		Messager messager = environment.getMessager();
		Path templates = TemplateLocation.of(environment.getOptions(), environment.getFiler());
		if (templates == null || !Files.isDirectory(templates)) {
			if (templates != null && environment.getOptions().containsKey(TemplateLocation.OPTION)) {
				messager.printMessage(Kind.WARNING, "-A" + TemplateLocation.OPTION + "=" + templates
						+ " is not a directory: no template was checked");
			}
			return;
		}
		try {
			new TemplateChecks(messager, known).check(templates);
		}
		catch (IOException ex) {
			messager.printMessage(Kind.WARNING, "Cannot read the templates in " + templates + ": " + ex.getMessage());
		}
	}

	/** Checks every {@code .html} file under the directory; returns how many names were checked. */
	int check(Path directory) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(directory)) {
			files = walk.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
		int checked = 0;
		for (Path file : files) {
			checked += check(file, Files.readString(file, StandardCharsets.UTF_8));
		}
		return checked;
	}

	private int check(Path file, String text) {
		int checked = 0;
		Matcher attribute = ATTRIBUTE.matcher(text);
		while (attribute.find()) {
			String value = ((attribute.group(2) != null) ? attribute.group(2) : attribute.group(3)).trim();
			String usage = attribute.group(1) + "=\"" + value + "\"";
			if (!ExpressionResults.isExpression(value)) {
				checked += name(file, text, attribute.start(), usage, value);
				continue;
			}
			for (ExpressionResults.Literal result : ExpressionResults.of(value)) {
				checked += name(file, text, attribute.start(), "'" + result.text() + "' in " + usage, result.text());
			}
		}
		Matcher expression = EXPRESSION.matcher(text);
		while (expression.find()) {
			checked += name(file, text, expression.start(), expression.group(), expression.group(2));
		}
		Matcher script = SCRIPT.matcher(text);
		while (script.find()) {
			Matcher call = CALL.matcher(script.group(1));
			while (call.find()) {
				checked += name(file, text, script.start(1) + call.start(), call.group() + ")", call.group(2));
			}
		}
		return checked;
	}

	private int name(Path file, String text, int offset, String usage, String name) {
		if (name.isEmpty() || EXPRESSION_STARTS.stream().anyMatch(name::startsWith) || name.contains("${")) {
			return 0;
		}
		if (!this.known.contains(name)) {
			String nearest = NearestName.of(name, this.known);
			String hint = (nearest != null) ? "did you mean \"" + nearest + "\"?"
					: this.known.isEmpty() ? "no server action is known to this compilation or its classpath"
							: "known actions: " + new TreeSet<>(this.known);
			this.messager.printMessage(Kind.ERROR, display(file) + ":" + line(text, offset) + ": " + usage
					+ " names no server action; " + hint);
		}
		return 1;
	}

	private static int line(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String display(Path file) {
		Path here = Path.of("").toAbsolutePath();
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
	}

}
