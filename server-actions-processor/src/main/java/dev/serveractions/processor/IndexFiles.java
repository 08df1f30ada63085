package dev.serveractions.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.tools.FileObject;
import javax.tools.Diagnostic.Kind;
import javax.tools.StandardLocation;

/**
 * Reads and writes {@code META-INF/server-actions/index.json}: this compilation's own (in the
 * class output, kept from an earlier build), and the ones of the classpath, found through the
 * processor's class loader (which is the compile classpath when the processor is a dependency)
 * and through the compiler's classpath.
 */
final class IndexFiles {

	private final Filer filer;

	private final Messager messager;

	IndexFiles(Filer filer, Messager messager) {
		this.filer = filer;
		this.messager = messager;
	}

	/**
	 * Writes this compilation's entries over the previous index, whose entries of the replaced
	 * classes (compiled again, or gone) are dropped; returns what was written.
	 */
	Index merge(Index current, Predicate<String> replaced) {
		Index previous = previous();
		Index merged = previous.without(replaced);
		merged.routes().putAll(current.routes());
		merged.actions().putAll(current.actions());
		try {
			if (!merged.isEmpty() || !previous.isEmpty()) {
				write(merged);
			}
		}
		catch (IOException ex) {
			this.messager.printMessage(Kind.ERROR, "Cannot write " + Index.LOCATION + ": " + ex.getMessage());
		}
		return merged;
	}

	/** The index an earlier compilation left in the class output, or an empty one. */
	private Index previous() {
		try {
			FileObject file = this.filer.getResource(StandardLocation.CLASS_OUTPUT, "", Index.LOCATION);
			try (InputStream in = file.openInputStream()) {
				return Index.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Index.empty();
		}
	}

	private void write(Index index) throws IOException {
		FileObject file = this.filer.createResource(StandardLocation.CLASS_OUTPUT, "", Index.LOCATION);
		try (Writer writer = file.openWriter()) {
			writer.write(index.toJson());
		}
	}

	/** The indexes of the classpath, by where they were found; this compilation's own left out. */
	Map<String, Index> classpath() {
		Map<String, Index> indexes = new LinkedHashMap<>();
		String own = ownLocation();
		try {
			ClassLoader loader = IndexFiles.class.getClassLoader();
			Enumeration<URL> urls = (loader != null) ? loader.getResources(Index.LOCATION) : null;
			while (urls != null && urls.hasMoreElements()) {
				URL url = urls.nextElement();
				read(indexes, url.toString(), own, url.openStream());
			}
		}
		catch (IOException ex) {
			// best effort: an unreadable index only means fewer known names
		}
		try {
			FileObject file = this.filer.getResource(StandardLocation.CLASS_PATH, "", Index.LOCATION);
			read(indexes, file.toUri().toString(), own, file.openInputStream());
		}
		catch (IOException | IllegalArgumentException ex) {
			// none on the compiler's classpath
		}
		return indexes;
	}

	private static void read(Map<String, Index> indexes, String location, String own, InputStream in)
			throws IOException {
		try (in) {
			if (!location.equals(own) && !indexes.containsKey(location)) {
				indexes.put(location, Index.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
		}
		catch (IllegalArgumentException ex) {
			// a malformed index is skipped
		}
	}

	private String ownLocation() {
		try {
			URI uri = this.filer.getResource(StandardLocation.CLASS_OUTPUT, "", Index.LOCATION).toUri();
			return uri.toURL().toString();
		}
		catch (IOException | IllegalArgumentException ex) {
			return "";
		}
	}

}
