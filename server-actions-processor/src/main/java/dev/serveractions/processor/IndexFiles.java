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

import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads and writes {@code META-INF/server-actions/index.json}: this compilation's own (in the
 * class output, kept from an earlier build), and the ones of the classpath, found through the
 * processor's class loader (which is the compile classpath when the processor is a dependency)
 * and through the compiler's classpath.
 */
final class IndexFiles {

	private final Filer filer;

	IndexFiles(Filer filer) {
		this.filer = filer;
	}

	/** The index an earlier compilation left in the class output, or an empty one. */
	Index previous() {
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

	void write(Index index, Element... originatingElements) throws IOException {
		FileObject file = this.filer.createResource(StandardLocation.CLASS_OUTPUT, "", Index.LOCATION,
				originatingElements);
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
