package dev.serveractions.benchmarks.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.jspecify.annotations.Nullable;

/**
 * Writes and compiles an application with many route handlers and server actions: {@code routes}
 * classes {@code Route<i>} ({@code @RouteHandler("/gen/r<i>/{id}")} with {@code get} and
 * {@code put}, JSON records in and out) and {@code actions} actions, ten per {@code @Component}
 * class, each taking a form record and a {@code @Bound} id. The classes live in one package with
 * their {@code @SpringBootApplication}. Compiled with {@code server-actions-processor} on javac's
 * processor path, as users are told to build, the classes carry its index
 * ({@code META-INF/server-actions/index.json}) and the library's startup check reads it; compiled
 * without, the check scans the package's class files.
 */
final class GeneratedApplication {

	static final String PACKAGE = "dev.serveractions.benchmarks.generated";

	static final String MAIN_CLASS = PACKAGE + ".GeneratedApp";

	private static final int ACTIONS_PER_CLASS = 10;

	private GeneratedApplication() {
	}

	/**
	 * Writes the sources to {@code dir/src}, compiles them into {@code dir/classes}, with the
	 * annotation processors of {@code processorPath} (none if it is {@code null}).
	 */
	static void generate(Path dir, int routes, int actions, @Nullable String processorPath) throws IOException {
		Path src = dir.resolve("src").resolve(PACKAGE.replace('.', '/'));
		Files.createDirectories(src);
		List<Path> files = new ArrayList<>();
		files.add(write(src, "GeneratedApp", """
				@org.springframework.boot.autoconfigure.SpringBootApplication
				public class GeneratedApp {
					public record Item(long id, String name) { }
					public record Form(String text, int count) { }
				}"""));
		for (int i = 0; i < routes; i++) {
			files.add(write(src, "Route" + i, """
					@dev.serveractions.route.RouteHandler("/gen/r%1$d/{id}")
					public class Route%1$d {
						public GeneratedApp.Item get(long id) { return new GeneratedApp.Item(id, "r%1$d"); }
						public GeneratedApp.Item put(long id,
								@org.springframework.web.bind.annotation.RequestBody GeneratedApp.Item item) {
							return item;
						}
					}""".formatted(i)));
		}
		for (int c = 0; c * ACTIONS_PER_CLASS < actions; c++) {
			StringBuilder methods = new StringBuilder();
			for (int a = c * ACTIONS_PER_CLASS; a < Math.min(actions, (c + 1) * ACTIONS_PER_CLASS); a++) {
				methods.append("""
							@dev.serveractions.action.ServerAction("gen.a%1$d")
							public void a%1$d(@dev.serveractions.action.Bound long id, GeneratedApp.Form form) { }
						""".formatted(a));
			}
			files.add(write(src, "Actions" + c, """
					@org.springframework.stereotype.Component
					public class Actions%d {
					%s}""".formatted(c, methods)));
		}
		compile(files, dir.resolve("classes"), processorPath);
	}

	private static Path write(Path dir, String name, String body) throws IOException {
		Path file = dir.resolve(name + ".java");
		Files.writeString(file, "package " + PACKAGE + ";\n\n" + body + "\n");
		return file;
	}

	private static void compile(List<Path> files, Path classes, @Nullable String processorPath) throws IOException {
		Files.createDirectories(classes);
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		List<String> args = new ArrayList<>(List.of("-parameters", "--release", "17", "-nowarn", "-cp",
				System.getProperty("java.class.path"), "-d", classes.toString()));
		args.addAll((processorPath != null) ? List.of("-processorpath", processorPath) : List.of("-proc:none"));
		files.forEach((file) -> args.add(file.toString()));
		int status = javac.run(null, null, System.err, args.toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("javac failed with " + status);
		}
	}

}
