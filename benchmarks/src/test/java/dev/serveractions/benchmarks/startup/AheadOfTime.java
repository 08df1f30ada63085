package dev.serveractions.benchmarks.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplicationAotProcessor;

/**
 * Processes a generated application ahead of time, as {@code spring-boot:process-aot} does: runs
 * Spring AOT on its main class (with the properties the build would have), then compiles the
 * generated sources and copies the generated resources into {@code dir/classes}, which a start
 * with {@code -Dspring.aot.enabled=true} then needs on its class path.
 */
final class AheadOfTime {

	private AheadOfTime() {
	}

	static void process(Path dir, String mainClass, Map<String, Object> properties) throws Exception {
		Path sources = dir.resolve("sources");
		Path resources = dir.resolve("resources");
		Path classes = dir.resolve("classes");
		List<String> args = new ArrayList<>(List.of(mainClass, sources.toString(), resources.toString(),
				classes.toString(), "dev.serveractions", "startup-cost"));
		properties.forEach((name, value) -> args.add("--" + name + "=" + value));
		SpringApplicationAotProcessor.main(args.toArray(String[]::new));
		try (Stream<Path> files = Files.walk(sources)) {
			GeneratedApplication.compile(files.filter((file) -> file.toString().endsWith(".java")).toList(), classes,
					null, classes.toString());
		}
		try (Stream<Path> files = Files.walk(resources)) {
			files.filter(Files::isRegularFile).forEach((file) -> copy(file, classes.resolve(resources.relativize(file))));
		}
	}

	private static void copy(Path from, Path to) {
		try {
			Files.createDirectories(to.getParent());
			Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
