package dev.serveractions.action;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.json.JsonParserFactory;
import org.springframework.util.ClassUtils;

/**
 * The {@code META-INF/server-actions/index.json} files that {@code server-actions-processor}
 * wrote, one per jar or classes directory of the classpath, keyed by that root so that a class
 * can be matched with the index built with it. Classes of a Spring Boot fat jar's
 * {@code BOOT-INF/classes} belong to the jar's own index, which Boot keeps at the jar's root.
 */
final class ClasspathIndexes {

	static final String LOCATION = "META-INF/server-actions/index.json";

	private static final String BOOT_CLASSES = "/!BOOT-INF/classes/!/";

	private final Map<String, IndexFile> byRoot;

	private ClasspathIndexes(Map<String, IndexFile> byRoot) {
		this.byRoot = byRoot;
	}

	static ClasspathIndexes load(@Nullable ClassLoader classLoader) {
		ClassLoader loader = (classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader();
		Map<String, IndexFile> byRoot = new LinkedHashMap<>();
		try {
			for (URL url : Collections.list(loader.getResources(LOCATION))) {
				try (InputStream in = url.openStream()) {
					String root = root(url.toString(), LOCATION);
					byRoot.putIfAbsent(root, IndexFile.parse(root, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
		return new ClasspathIndexes(byRoot);
	}

	boolean isEmpty() {
		return this.byRoot.isEmpty();
	}

	Iterable<IndexFile> files() {
		return this.byRoot.values();
	}

	/** The index of the jar or directory the class was loaded from, if it has one. */
	@Nullable IndexFile of(Class<?> type) {
		String resource = ClassUtils.convertClassNameToResourcePath(type.getName()) + ".class";
		URL url = type.getClassLoader() != null ? type.getClassLoader().getResource(resource) : null;
		return (url != null) ? this.byRoot.get(root(url.toString(), resource)) : null;
	}

	/**
	 * Whether every jar or directory holding classes of these packages has an index. Lists the
	 * indexes without reading them.
	 */
	static boolean coverAll(List<String> packages, @Nullable ClassLoader classLoader) {
		ClassLoader loader = (classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader();
		Set<String> roots = new LinkedHashSet<>();
		try {
			for (String pkg : packages) {
				roots.addAll(roots(loader, pkg.replace('.', '/')));
			}
			return !roots.isEmpty() && roots(loader, LOCATION).containsAll(roots);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static Set<String> roots(ClassLoader loader, String resource) throws IOException {
		Set<String> roots = new LinkedHashSet<>();
		for (URL url : Collections.list(loader.getResources(resource))) {
			roots.add(root(url.toString(), resource));
		}
		return roots;
	}

	static String root(String url, String resource) {
		String text = url;
		String root = text.endsWith(resource) ? text.substring(0, text.length() - resource.length()) : text;
		if (root.startsWith("jar:nested:") && root.endsWith(BOOT_CLASSES)) {
			return "jar:file:" + root.substring("jar:nested:".length(), root.length() - BOOT_CLASSES.length()) + "!/";
		}
		return root.endsWith("/") ? root : root + "/";
	}

	/**
	 * One index file.
	 * @param root where it was found: the jar or directory
	 * @param routes the route handler classes
	 * @param actions the actions, {@code class#method} to name
	 */
	record IndexFile(String root, Set<String> routes, Map<String, String> actions) {

		@SuppressWarnings("unchecked")
		static IndexFile parse(String root, String json) {
			Map<String, Object> index = JsonParserFactory.getJsonParser().parseMap(json);
			Set<String> routes = new LinkedHashSet<>();
			for (Object route : (List<Object>) index.getOrDefault("routes", List.of())) {
				routes.add((String) ((Map<String, Object>) route).get("class"));
			}
			Map<String, String> actions = new LinkedHashMap<>();
			for (Object item : (List<Object>) index.getOrDefault("actions", List.of())) {
				Map<String, Object> action = (Map<String, Object>) item;
				actions.put(action.get("class") + "#" + action.get("method"), (String) action.get("name"));
			}
			return new IndexFile(root, routes, actions);
		}

		/** The classes the index says must be beans. */
		Set<String> classes() {
			Set<String> classes = new LinkedHashSet<>(this.routes);
			this.actions.keySet().forEach((key) -> classes.add(key.substring(0, key.indexOf('#'))));
			return classes;
		}

		List<String> describe(String type) {
			List<String> what = new ArrayList<>();
			if (this.routes.contains(type)) {
				what.add("a @RouteHandler");
			}
			if (this.actions.keySet().stream().anyMatch((key) -> key.startsWith(type + "#"))) {
				what.add("@ServerAction methods");
			}
			return what;
		}

	}

}
