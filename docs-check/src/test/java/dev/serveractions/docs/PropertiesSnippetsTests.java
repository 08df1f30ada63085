package dev.serveractions.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.boot.json.JsonParserFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every key of a {@code properties} snippet is a property that exists: ours (the library's and
 * the Redis module's configuration metadata) or Spring Boot's, read from the metadata of the
 * classpath; and no value carries a trailing {@code # comment}, which a properties file keeps as
 * part of the value.
 */
class PropertiesSnippetsTests {

	private static final Set<String> NAMES = new HashSet<>();

	private static final Set<String> MAP_PREFIXES = new HashSet<>();

	static {
		for (String file : List.of("META-INF/spring-configuration-metadata.json",
				"META-INF/additional-spring-configuration-metadata.json")) {
			try {
				for (URL url : Collections.list(PropertiesSnippetsTests.class.getClassLoader().getResources(file))) {
					try (InputStream in = url.openStream()) {
						read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void read(String json) {
		Object properties = JsonParserFactory.getJsonParser().parseMap(json).get("properties");
		if (properties instanceof List<?> list) {
			for (Object property : list) {
				Map<String, Object> map = (Map<String, Object>) property;
				String name = (String) map.get("name");
				NAMES.add(name);
				if (String.valueOf(map.get("type")).startsWith("java.util.Map")) {
					MAP_PREFIXES.add(name + ".");
				}
			}
		}
	}

	@Test
	void theMetadataOfTheLibraryAndOfSpringBootIsRead() {
		assertThat(NAMES).contains("server-actions.secret", "server-actions.route-handlers.max-body-size",
				"server-actions.cluster.enabled", "server.port");
	}

	@TestFactory
	Stream<DynamicTest> everyPropertiesSnippetNamesKnownProperties() {
		return MarkdownPages.read().snippets("properties").stream()
			.filter((snippet) -> snippet.notCompiled() == null)
			.map((snippet) -> DynamicTest.dynamicTest(snippet.where() + " names known properties", () -> {
				List<String> problems = check(snippet);
				if (!problems.isEmpty()) {
					fail("The properties snippet at " + snippet.where() + ":\n" + String.join("\n", problems));
				}
			}));
	}

	private static List<String> check(Snippet snippet) {
		List<String> problems = new ArrayList<>();
		String[] lines = snippet.code().split("\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
				continue;
			}
			int separator = indexOfSeparator(line);
			String key = ((separator < 0) ? line : line.substring(0, separator)).strip();
			String value = (separator < 0) ? "" : line.substring(separator + 1).strip();
			String name = key.replaceAll("\\[\\d+]", "");
			if (!NAMES.contains(name) && MAP_PREFIXES.stream().noneMatch(name::startsWith)) {
				problems.add(snippet.where(i) + ": " + key + " is not a known property (none of the configuration "
						+ "metadata on the classpath declares it; ours is additional-spring-configuration-metadata.json "
						+ "and the @ConfigurationProperties classes)");
			}
			if (value.matches(".*\\s#.*")) {
				problems.add(snippet.where(i) + ": " + key + " has a trailing # comment, which a properties file keeps as "
						+ "part of the value: put the comment on a line of its own");
			}
		}
		return problems;
	}

	private static int indexOfSeparator(String line) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '=' || c == ':' || Character.isWhitespace(c)) {
				return i;
			}
		}
		return -1;
	}

}
