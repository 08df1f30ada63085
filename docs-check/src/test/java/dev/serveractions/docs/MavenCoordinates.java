package dev.serveractions.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What an application built on {@code spring-boot-starter-parent} can depend on: the
 * coordinates Spring Boot's BOM manages (with the BOMs it imports), the plugins its parent
 * manages, our own artifacts (which need a version), and versions the local repository holds.
 */
final class MavenCoordinates {

	private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

	private final Path repository;

	private final Set<String> managedDependencies = new HashSet<>();

	private final Set<String> managedPlugins = new HashSet<>();

	private final Set<String> ourArtifacts = new HashSet<>();

	private final String bootVersion;

	MavenCoordinates() {
		this.repository = Path.of(System.getProperty("docs.maven.repository",
				System.getProperty("user.home") + "/.m2/repository"));
		Element root = parse(MarkdownPages.root().resolve("pom.xml")).getDocumentElement();
		this.bootVersion = child(element(root, "parent"), "version");
		for (Element dependency : elements(element(root, "dependencyManagement"), "dependency")) {
			if ("dev.serveractions".equals(child(dependency, "groupId"))) {
				this.ourArtifacts.add(child(dependency, "artifactId"));
			}
		}
		readBom("org.springframework.boot", "spring-boot-dependencies", this.bootVersion, 0);
		Element parent = parse(pom("org.springframework.boot", "spring-boot-starter-parent", this.bootVersion)).getDocumentElement();
		for (Element plugin : elements(parent, "plugin")) {
			this.managedPlugins.add(child(plugin, "groupId") + ":" + child(plugin, "artifactId"));
		}
	}

	String bootVersion() {
		return this.bootVersion;
	}

	boolean isOurs(String groupId, String artifactId) {
		return "dev.serveractions".equals(groupId) && this.ourArtifacts.contains(artifactId);
	}

	boolean isManaged(String groupId, String artifactId) {
		return this.managedDependencies.contains(groupId + ":" + artifactId);
	}

	boolean isManagedPlugin(String groupId, String artifactId) {
		return this.managedPlugins.contains(groupId + ":" + artifactId);
	}

	/** Whether the local repository holds this version of the group (of this artifact or another). */
	boolean isKnownVersion(String groupId, String version) {
		Path group = this.repository.resolve(groupId.replace('.', '/'));
		if (!Files.isDirectory(group)) {
			return false;
		}
		try (Stream<Path> artifacts = Files.list(group)) {
			return artifacts.anyMatch((artifact) -> Files.isDirectory(artifact.resolve(version)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void readBom(String groupId, String artifactId, String version, int depth) {
		Path pom = pom(groupId, artifactId, version);
		if (depth > 2 || !Files.isRegularFile(pom)) {
			return;
		}
		Element root = parse(pom).getDocumentElement();
		Map<String, String> properties = new HashMap<>();
		properties.put("project.version", version);
		Element props = element(root, "properties");
		if (props != null) {
			for (Node node = props.getFirstChild(); node != null; node = node.getNextSibling()) {
				if (node instanceof Element property) {
					properties.put(property.getTagName(), property.getTextContent().strip());
				}
			}
		}
		for (Element dependency : elements(element(root, "dependencyManagement"), "dependency")) {
			String group = resolve(child(dependency, "groupId"), properties);
			String artifact = resolve(child(dependency, "artifactId"), properties);
			if ("import".equals(child(dependency, "scope"))) {
				readBom(group, artifact, resolve(child(dependency, "version"), properties), depth + 1);
			}
			else {
				this.managedDependencies.add(group + ":" + artifact);
			}
		}
	}

	private Path pom(String groupId, String artifactId, String version) {
		return this.repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
			.resolve(artifactId + "-" + version + ".pom");
	}

	private static String resolve(String value, Map<String, String> properties) {
		Matcher matcher = PROPERTY.matcher(value);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(properties.getOrDefault(matcher.group(1), matcher.group())));
		}
		return matcher.appendTail(resolved).toString();
	}

	static Document parse(Path file) {
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	static Iterable<Element> elements(Element parent, String tag) {
		if (parent == null) {
			return java.util.List.of();
		}
		NodeList nodes = parent.getElementsByTagName(tag);
		java.util.List<Element> list = new java.util.ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			list.add((Element) nodes.item(i));
		}
		return list;
	}

	/** The text of a direct child element, or {@code null}. */
	static String child(Element parent, String tag) {
		Element child = element(parent, tag);
		return (child != null) ? child.getTextContent().strip() : null;
	}

	static Element element(Element parent, String tag) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(tag)) {
				return element;
			}
		}
		return null;
	}

}
