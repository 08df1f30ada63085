package dev.serveractions.thymeleaf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the repository's templates, docs and Javadoc say about the library agrees with it: one
 * dialect namespace, and only modules that exist.
 */
class DocumentationTruthTests {

	private static final Pattern NAMESPACE = Pattern.compile("xmlns:sa=\\\\?\"([^\"\\\\]*)");

	private static final Pattern ARTIFACT = Pattern.compile("server-actions-[a-z]+(?:-[a-z]+)*");

	private static Path root;

	@BeforeAll
	static void findTheRepository() {
		root = Path.of("").toAbsolutePath().getParent();
		assertThat(root.resolve("server-actions-spring-boot/pom.xml")).as("tests run in the module's directory")
			.exists();
	}

	@Test
	void everyTemplateDocAndJavadocDeclaresTheDialectsOneNamespace() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : files(".html", ".md", ".java")) {
			Matcher matcher = NAMESPACE.matcher(Files.readString(file));
			while (matcher.find()) {
				found.add(root.relativize(file) + ": " + matcher.group(1));
			}
		}
		assertThat(found).as("README, docs and the demo declare it").hasSizeGreaterThan(3);
		assertThat(found).allSatisfy((declared) -> assertThat(declared).endsWith(": " + ServerActionsDialect.NAMESPACE));
	}

	@Test
	void theReadmeAndDocsNameOnlyModulesThatThisBuildHas() throws IOException {
		String parent = Files.readString(root.resolve("pom.xml"));
		Set<String> modules = new TreeSet<>();
		Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
		while (module.find()) {
			String pom = Files.readString(root.resolve(module.group(1)).resolve("pom.xml"));
			Matcher artifact = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
			assertThat(artifact.find()).as(module.group(1)).isTrue();
			modules.add(artifact.group(1));
		}
		assertThat(modules).contains("server-actions-spring-boot", "server-actions-spring-boot-starter");
		List<Path> pages = new ArrayList<>(files(".md"));
		pages.removeIf((page) -> page.startsWith(root.resolve("benchmarks/results")));
		for (Path page : pages) {
			Matcher named = ARTIFACT.matcher(Files.readString(page));
			while (named.find()) {
				assertThat(modules).as(root.relativize(page) + " names " + named.group()).contains(named.group());
			}
		}
	}

	private static List<Path> files(String... extensions) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk
				.filter((path) -> Stream.of("target", ".git", "node_modules", ".next")
					.noneMatch((skip) -> root.relativize(path).toString().contains(skip)))
				.filter((path) -> Stream.of(extensions).anyMatch(path.toString()::endsWith))
				.filter(Files::isRegularFile)
				.toList();
		}
	}

}
