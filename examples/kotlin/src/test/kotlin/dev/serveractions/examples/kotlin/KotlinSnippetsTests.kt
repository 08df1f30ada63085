package dev.serveractions.examples.kotlin

import java.nio.file.Files
import java.nio.file.Path
import kotlin.io.path.extension
import kotlin.io.path.readText
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/**
 * Every ```kotlin snippet of docs/kotlin.md is a piece of this example's sources (whitespace aside),
 * so the build compiles each one: the page cannot drift from code that works.
 */
class KotlinSnippetsTests {

	private val page = Path.of("../../docs/kotlin.md")

	private fun normalised(text: String) = text.replace(Regex("\\s+"), " ").trim()

	@Test
	fun `every kotlin snippet of docs kotlin md appears in the example's sources`() {
		val snippets = Regex("```kotlin\\n(.*?)\\n```", RegexOption.DOT_MATCHES_ALL).findAll(page.readText())
			.map { it.groupValues[1] }.toList()
		assertThat(snippets).hasSizeGreaterThan(10)
		val sources = Files.walk(Path.of("src/main/kotlin")).use { paths ->
			normalised(paths.filter { it.extension == "kt" }.map { it.readText() }.toList().joinToString("\n"))
		}
		assertThat(snippets).allSatisfy { assertThat(sources).contains(normalised(it)) }
	}

}
