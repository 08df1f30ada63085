package dev.serveractions.processor;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

import org.jspecify.annotations.Nullable;

/**
 * Where the templates of the source set being compiled are: the option
 * {@code -Aserveractions.templates=dir} ({@code none} turns the check off), else
 * {@code src/<set>/resources/templates} of the project that the class output belongs to
 * (Maven's {@code target/classes} is {@code main}, {@code target/test-classes} is {@code test};
 * Gradle's {@code build/classes/java/<set>}), else {@code src/main/resources/templates} under
 * the working directory.
 */
final class TemplateLocation {

	static final String OPTION = "serveractions.templates";

	private TemplateLocation() {
	}

	/** The directory, or {@code null} when the check is off. */
	static @Nullable Path of(Map<String, String> options, Filer filer) {
		String option = options.get(OPTION);
		if (option != null) {
			return (option.isBlank() || option.equals("none")) ? null : Path.of(option).toAbsolutePath();
		}
		Path output = classOutput(filer);
		if (output != null && output.getParent() != null) {
			Path parent = output.getParent();
			String name = output.getFileName().toString();
			if (parent.getFileName() != null && parent.getFileName().toString().equals("target")
					&& (name.equals("classes") || name.equals("test-classes"))) {
				return templates(parent.getParent(), name.equals("classes") ? "main" : "test");
			}
			Path build = (parent.getParent() != null) ? parent.getParent().getParent() : null;
			if (build != null && parent.getParent().getFileName().toString().equals("classes")
					&& build.getFileName().toString().equals("build")) {
				return templates(build.getParent(), name);
			}
		}
		return templates(Path.of("").toAbsolutePath(), "main");
	}

	private static Path templates(Path project, String sourceSet) {
		return project.resolve("src").resolve(sourceSet).resolve("resources").resolve("templates");
	}

	private static @Nullable Path classOutput(Filer filer) {
		try {
			URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "x").toUri();
			return "file".equals(uri.getScheme()) ? Path.of(uri).getParent() : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

}
