package dev.serveractions.revalidation;

import java.util.ArrayList;
import java.util.List;

/**
 * The implicit tags of a request path, so that path revalidation is tag revalidation:
 * {@code /blog/post} carries {@code page:/blog/post}, {@code layout:/}, {@code layout:/blog} and
 * {@code layout:/blog/post}.
 */
final class PathTags {

	static final int MAX_PATH_LENGTH = 1024;

	private PathTags() {
	}

	static List<String> of(String path) {
		String normalized = normalize(path);
		List<String> tags = new ArrayList<>(4);
		tags.add(page(normalized));
		tags.add(layout("/"));
		int slash = 0;
		while ((slash = normalized.indexOf('/', slash + 1)) > 0) {
			tags.add(layout(normalized.substring(0, slash)));
		}
		if (normalized.length() > 1) {
			tags.add(layout(normalized));
		}
		return tags;
	}

	static String page(String path) {
		return "page:" + path;
	}

	static String layout(String path) {
		return "layout:" + path;
	}

	/** Drops a query string and a trailing slash; refuses what is not a path. */
	static String normalize(String path) {
		String result = path;
		int query = result.indexOf('?');
		if (query >= 0) {
			result = result.substring(0, query);
		}
		if (!result.startsWith("/") || result.length() > MAX_PATH_LENGTH) {
			throw new IllegalArgumentException("Not a request path (starts with '/', at most " + MAX_PATH_LENGTH
					+ " characters): \"" + path + "\"");
		}
		while (result.length() > 1 && result.endsWith("/")) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

}
