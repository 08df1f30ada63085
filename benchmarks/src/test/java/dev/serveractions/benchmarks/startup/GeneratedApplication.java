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
 * ({@code META-INF/server-actions/index.json}), which the library then reads at startup instead of
 * scanning the package's class files and introspecting those beans; compiled without, it does both.
 * <p>
 * Beside it, into {@code plain-classes}, the same application written with plain Spring MVC, the
 * fair baseline: {@code routes} {@code @RestController}s with {@code @GetMapping} and
 * {@code @PutMapping} on the same paths (with {@code -Dplain.mapping=class}: the path in a
 * {@code @RequestMapping} on the class), and {@code actions} {@code @PostMapping} methods, ten per
 * {@code @Controller}, each taking the same form and the id as a request parameter.
 */
final class GeneratedApplication {

	static final String PACKAGE = "dev.serveractions.benchmarks.generated";

	static final String MAIN_CLASS = PACKAGE + ".GeneratedApp";

	static final String PLAIN_PACKAGE = "dev.serveractions.benchmarks.plain";

	static final String PLAIN_MAIN_CLASS = PLAIN_PACKAGE + ".PlainApp";

	private static final int ACTIONS_PER_CLASS = 10;

	private GeneratedApplication() {
	}

	/**
	 * Writes the sources to {@code dir/src} and compiles them twice: into {@code dir/classes}
	 * without annotation processors, and, if {@code processorPath} is given, into
	 * {@code dir/index-classes} with the processors found there (which write the index).
	 */
	static void generate(Path dir, int routes, int actions, @Nullable String processorPath) throws IOException {
		List<Path> sources = ours(dir.resolve("src"), routes, actions);
		compile(sources, dir.resolve("classes"), null);
		if (processorPath != null) {
			compile(sources, dir.resolve("index-classes"), processorPath);
		}
		compile(plain(dir.resolve("plain-src"), routes, actions), dir.resolve("plain-classes"), null);
	}

	/** The application class, the same in both variants: the records, the page the forms are on. */
	private static String application(String name) {
		return """
				@org.springframework.boot.autoconfigure.SpringBootApplication
				@org.springframework.stereotype.Controller
				public class %1$s {
					public record Item(long id, String name) { }
					public record Form(String text, int count) { }
					@org.springframework.web.bind.annotation.GetMapping("/gen/page")
					public org.springframework.web.servlet.View page() {
						return (model, request, response) -> response.getWriter().write("the page the forms are on");
					}
					public static void main(String[] args) {
						org.springframework.boot.SpringApplication.run(%1$s.class, args);
					}
				}""".formatted(name);
	}

	private static List<Path> ours(Path root, int routes, int actions) throws IOException {
		Path src = root.resolve(PACKAGE.replace('.', '/'));
		Files.createDirectories(src);
		List<Path> files = new ArrayList<>();
		files.add(write(src, PACKAGE, "GeneratedApp", application("GeneratedApp")));
		for (int i = 0; i < routes; i++) {
			files.add(write(src, PACKAGE, "Route" + i, """
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
			files.add(write(src, PACKAGE, "Actions" + c, """
					@org.springframework.stereotype.Component
					public class Actions%d {
					%s}""".formatted(c, methods)));
		}
		return files;
	}

	private static List<Path> plain(Path root, int routes, int actions) throws IOException {
		Path src = root.resolve(PLAIN_PACKAGE.replace('.', '/'));
		Files.createDirectories(src);
		List<Path> files = new ArrayList<>();
		files.add(write(src, PLAIN_PACKAGE, "PlainApp", application("PlainApp")));
		// -Dplain.mapping=class: the path on the class (@RequestMapping), as a one-resource-per-class
		// controller is often written; by default on each method
		boolean onClass = "class".equals(System.getProperty("plain.mapping"));
		for (int i = 0; i < routes; i++) {
			String path = "\"/gen/r" + i + "/{id}\"";
			files.add(write(src, PLAIN_PACKAGE, "Controller" + i, """
					@org.springframework.web.bind.annotation.RestController
					%2$s
					public class Controller%1$d {
						@org.springframework.web.bind.annotation.GetMapping%3$s
						public PlainApp.Item get(@org.springframework.web.bind.annotation.PathVariable long id) {
							return new PlainApp.Item(id, "r%1$d");
						}
						@org.springframework.web.bind.annotation.PutMapping%3$s
						public PlainApp.Item put(@org.springframework.web.bind.annotation.PathVariable long id,
								@org.springframework.web.bind.annotation.RequestBody PlainApp.Item item) {
							return item;
						}
					}""".formatted(i, onClass ? "@org.springframework.web.bind.annotation.RequestMapping(" + path + ")" : "",
					onClass ? "" : "(" + path + ")")));
		}
		for (int c = 0; c * ACTIONS_PER_CLASS < actions; c++) {
			StringBuilder methods = new StringBuilder();
			for (int a = c * ACTIONS_PER_CLASS; a < Math.min(actions, (c + 1) * ACTIONS_PER_CLASS); a++) {
				methods.append("""
							@org.springframework.web.bind.annotation.PostMapping("/gen/p%1$d")
							public String a%1$d(@org.springframework.web.bind.annotation.RequestParam long id,
									PlainApp.Form form) {
								return "redirect:/gen/page";
							}
						""".formatted(a));
			}
			files.add(write(src, PLAIN_PACKAGE, "Pages" + c, """
					@org.springframework.stereotype.Controller
					public class Pages%d {
					%s}""".formatted(c, methods)));
		}
		return files;
	}

	private static Path write(Path dir, String pkg, String name, String body) throws IOException {
		Path file = dir.resolve(name + ".java");
		Files.writeString(file, "package " + pkg + ";\n\n" + body + "\n");
		return file;
	}

	/** Compiles the sources against this JVM's class path (and {@code extraClassPath}) into {@code classes}. */
	static void compile(List<Path> files, Path classes, @Nullable String processorPath, String... extraClassPath)
			throws IOException {
		Files.createDirectories(classes);
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		String classPath = String.join(java.io.File.pathSeparator, extraClassPath);
		classPath = classPath.isEmpty() ? System.getProperty("java.class.path")
				: classPath + java.io.File.pathSeparator + System.getProperty("java.class.path");
		List<String> args = new ArrayList<>(List.of("-parameters", "--release", "17", "-nowarn", "-cp", classPath,
				"-d", classes.toString()));
		args.addAll((processorPath != null) ? List.of("-processorpath", processorPath) : List.of("-proc:none"));
		files.forEach((file) -> args.add(file.toString()));
		int status = javac.run(null, null, System.err, args.toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("javac failed with " + status);
		}
	}

}
