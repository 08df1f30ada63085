package dev.serveractions.benchmarks.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes and compiles an application with many route handlers and server actions: {@code routes}
 * classes {@code Route<i>} ({@code @RouteHandler("/gen/r<i>/{id}")} with {@code get} and
 * {@code put}, JSON records in and out) and {@code actions} actions, ten per {@code @Component}
 * class, each taking a form record and a {@code @Bound} id. The classes live in one package with
 * their {@code @SpringBootApplication}, so the library's startup check scans them all.
 */
final class GeneratedApplication {

	static final String PACKAGE = "dev.serveractions.benchmarks.generated";

	static final String MAIN_CLASS = PACKAGE + ".GeneratedApp";

	private static final int ACTIONS_PER_CLASS = 10;

	private GeneratedApplication() {
	}

	/** Writes the sources to {@code dir/src}, compiles them into {@code dir/classes}. */
	static void generate(Path dir, int routes, int actions) throws IOException {
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
		compile(files, dir.resolve("classes"));
	}

	private static Path write(Path dir, String name, String body) throws IOException {
		Path file = dir.resolve(name + ".java");
		Files.writeString(file, "package " + PACKAGE + ";\n\n" + body + "\n");
		return file;
	}

	private static void compile(List<Path> files, Path classes) throws IOException {
		Files.createDirectories(classes);
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		List<String> args = new ArrayList<>(List.of("-parameters", "--release", "17", "-proc:none", "-nowarn",
				"-cp", System.getProperty("java.class.path"), "-d", classes.toString()));
		files.forEach((file) -> args.add(file.toString()));
		int status = javac.run(null, null, System.err, args.toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("javac failed with " + status);
		}
	}

}
