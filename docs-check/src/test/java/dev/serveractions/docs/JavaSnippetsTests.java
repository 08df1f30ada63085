package dev.serveractions.docs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every {@code java} snippet of README.md and docs/*.md compiles against the library, Spring
 * Boot and the example types (see {@link JavaSnippets} for how a fragment is completed), and
 * each page names the package of the library's annotations it shows.
 */
class JavaSnippetsTests {

	private static final List<Snippet> SNIPPETS = MarkdownPages.read().snippets("java").stream()
		.filter((snippet) -> snippet.notCompiled() == null)
		.toList();

	private static final JavaSnippets.Compilation COMPILATION = JavaSnippets.compile(JavaSnippets.units(SNIPPETS));

	@TestFactory
	Stream<DynamicTest> everyJavaSnippetCompiles() {
		return COMPILATION.errors().entrySet().stream()
			.map((entry) -> DynamicTest.dynamicTest(entry.getKey().snippet().where() + " compiles as "
					+ entry.getKey().kind().name().toLowerCase(), () -> {
				if (!entry.getValue().isEmpty()) {
					fail("The java snippet at " + entry.getKey().snippet().where() + " does not compile (as "
							+ entry.getKey().kind().name().toLowerCase() + "):\n" + String.join("\n", entry.getValue())
							+ "\nFragments (methods, statements) may use the fields of SnippetContext; other types come from"
							+ " the classpath, the page's own snippet or dev.serveractions.docs.examples. See docs-check/README.md.");
				}
			}));
	}

	@Test
	void thereAreJavaSnippetsToCheck() {
		assertThat(SNIPPETS).hasSizeGreaterThan(30);
	}

	@Test
	void eachPageNamesThePackageOfTheAnnotationsItShows() {
		Map<String, Set<String>> used = new TreeMap<>();
		COMPILATION.annotationPackages().forEach((unit, packages) -> used
			.computeIfAbsent(unit.snippet().page(), (page) -> new TreeSet<>()).addAll(packages));
		List<String> missing = used.entrySet().stream()
			.flatMap((entry) -> entry.getValue().stream()
				.filter((pkg) -> !MarkdownPages.text(entry.getKey()).contains("`" + pkg + "`"))
				.map((pkg) -> entry.getKey() + " shows annotations of " + pkg + " but never names the package (write `"
						+ pkg + "` in its text, e.g. \"`@X` is in `" + pkg + "`\")"))
			.toList();
		assertThat(missing).as("pages that show annotations without saying where they are").isEmpty();
	}

}
