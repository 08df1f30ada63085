package dev.serveractions.docs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fences of README.md and docs/*.md open and close where the author meant, and the few
 * snippets the build does not check are the ones listed here, each with its reason.
 */
class CodeFencesTests {

	/**
	 * The snippets marked {@code <!-- snippet: not compiled: reason -->}, by page and the start of
	 * the reason. Adding one means adding it here: keep this list short.
	 */
	private static final Map<String, String> NOT_COMPILED = Map.of();

	@Test
	void everyCodeFenceOpensWithALanguageAndClosesOnALineOfItsOwn() {
		assertThat(MarkdownPages.read().problems()).as("code fences of README.md and docs/*.md").isEmpty();
	}

	@Test
	void theSnippetsTheBuildDoesNotCheckAreFewAndSayWhy() {
		Map<String, String> exempt = new TreeMap<>();
		for (Snippet snippet : MarkdownPages.read().snippets()) {
			if (snippet.notCompiled() != null) {
				assertThat(snippet.notCompiled()).as(snippet.where() + ": a snippet that is not compiled says why").isNotBlank();
				exempt.put(snippet.page(), snippet.notCompiled());
			}
		}
		assertThat(exempt).as("snippets marked <!-- snippet: not compiled: reason --> (list them in CodeFencesTests)")
			.isEqualTo(new TreeMap<>(NOT_COMPILED));
	}

	@Test
	void javaXmlAndPropertiesSnippetsSayTheirLanguage() {
		List<String> unnamed = MarkdownPages.read().snippets().stream()
			.filter((snippet) -> snippet.language().isEmpty())
			.filter((snippet) -> snippet.code().contains("<dependency>") || snippet.code().matches("(?s).*\\b(class|@Bean|import) .*"))
			.map(Snippet::where)
			.toList();
		assertThat(unnamed).as("code blocks that look like java or xml but name no language (so nothing checks them)").isEmpty();
	}

}
