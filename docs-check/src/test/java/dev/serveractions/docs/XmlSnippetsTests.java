package dev.serveractions.docs;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every {@code xml} snippet is well-formed (several elements in a row are fine), and every
 * Maven dependency, annotation processor path and plugin it shows is one that a Spring Boot
 * application's POM accepts as written: our artifacts with their version, others managed by
 * Spring Boot (then without a version is fine) or with a version that exists.
 */
class XmlSnippetsTests {

	private static final MavenCoordinates MAVEN = new MavenCoordinates();

	@TestFactory
	Stream<DynamicTest> everyXmlSnippetIsWellFormedAndResolvable() {
		return MarkdownPages.read().snippets("xml").stream()
			.filter((snippet) -> snippet.notCompiled() == null)
			.map((snippet) -> DynamicTest.dynamicTest(snippet.where() + " is a POM fragment Maven accepts", () -> {
				List<String> problems = check(snippet);
				if (!problems.isEmpty()) {
					fail("The xml snippet at " + snippet.where() + ":\n" + String.join("\n", problems));
				}
			}));
	}

	private static List<String> check(Snippet snippet) {
		Element root;
		try {
			root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader("<snippet>" + snippet.code() + "</snippet>")))
				.getDocumentElement();
		}
		catch (SAXParseException ex) {
			return List.of(snippet.where(ex.getLineNumber() - 1) + ": not well-formed XML: " + ex.getMessage());
		}
		catch (Exception ex) {
			return List.of(snippet.where() + ": not well-formed XML: " + ex.getMessage());
		}
		List<String> problems = new ArrayList<>();
		for (String tag : List.of("dependency", "path")) {
			for (Element dependency : MavenCoordinates.elements(root, tag)) {
				String problem = checkDependency(dependency);
				if (problem != null) {
					problems.add(snippet.where() + ": <" + tag + "> " + problem);
				}
			}
		}
		for (Element plugin : MavenCoordinates.elements(root, "plugin")) {
			String groupId = MavenCoordinates.child(plugin, "groupId");
			String artifactId = MavenCoordinates.child(plugin, "artifactId");
			if (artifactId == null) {
				continue; // not a Maven plugin: kotlin-maven-plugin's <compilerPlugins><plugin>spring</plugin>
			}
			if (MavenCoordinates.child(plugin, "version") == null && !MAVEN.isManagedPlugin(groupId, artifactId)) {
				problems.add(snippet.where() + ": <plugin> " + groupId + ":" + artifactId + " has no <version> and "
						+ "spring-boot-starter-parent " + MAVEN.bootVersion() + " does not manage it: add its <version>");
			}
		}
		return problems;
	}

	private static String checkDependency(Element dependency) {
		String groupId = MavenCoordinates.child(dependency, "groupId");
		String artifactId = MavenCoordinates.child(dependency, "artifactId");
		String version = MavenCoordinates.child(dependency, "version");
		String coordinates = groupId + ":" + artifactId;
		if (groupId == null || artifactId == null) {
			return coordinates + " lacks a <groupId> or an <artifactId>";
		}
		String ours = System.getProperty("docs.project.version", "0.1.0-SNAPSHOT");
		if ("dev.serveractions".equals(groupId)) {
			if (!MAVEN.isOurs(groupId, artifactId)) {
				return coordinates + " is none of our published artifacts (see the root pom's dependencyManagement)";
			}
			if (version == null) {
				return coordinates + " has no <version>: an application's POM does not manage our artifacts, so Maven "
						+ "rejects the POM; write <version>" + ours + "</version>";
			}
			return version.equals(ours) ? null : coordinates + ":" + version + " is not this project's version " + ours;
		}
		if (version == null) {
			return MAVEN.isManaged(groupId, artifactId) ? null : coordinates + " has no <version> and Spring Boot "
					+ MAVEN.bootVersion() + "'s BOM does not manage it: add its <version>";
		}
		if (version.contains("${") || MAVEN.isKnownVersion(groupId, version)) {
			return null;
		}
		return coordinates + ":" + version + " names a version of " + groupId + " that this build never used";
	}

}
