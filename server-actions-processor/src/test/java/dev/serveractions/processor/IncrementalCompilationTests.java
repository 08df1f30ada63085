package dev.serveractions.processor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recompiling some classes into an existing output, as an IDE does, keeps the other classes'
 * entries of the index. javac with a real output directory (TestCompiler's is in memory, so it
 * cannot show a second compilation).
 */
class IncrementalCompilationTests {

	private static final String ACTIONS = """
			@org.springframework.stereotype.Component
			public class TodoActions {
				@dev.serveractions.action.ServerAction("todos.create")
				public void create() { }
			}
			""";

	private static final String ROUTE = """
			@dev.serveractions.route.RouteHandler("/api/todos")
			public class TodosRoute {
				public String get() { return ""; }
			}
			""";

	@TempDir
	Path project;

	@Test
	void recompilingOneClassKeepsTheEntriesOfTheOthers() throws IOException {
		Path actions = source("TodoActions", ACTIONS);
		Path route = source("TodosRoute", ROUTE);
		compile(actions, route);
		assertThat(index()).contains("com.example.TodosRoute", "\"todos.create\"");

		Files.writeString(actions, Files.readString(actions).replace("todos.create", "todos.add"));
		compile(actions);
		assertThat(index()).contains("com.example.TodosRoute", "\"todos.add\"").doesNotContain("todos.create");
	}

	@Test
	void aClassThatNoLongerExistsLeavesTheIndex() throws IOException {
		Path actions = source("TodoActions", ACTIONS);
		Path route = source("TodosRoute", ROUTE);
		compile(actions, route);
		Files.delete(route);
		Files.delete(this.project.resolve("classes/com/example/TodosRoute.class"));
		compile(actions);
		assertThat(index()).contains("\"todos.create\"").doesNotContain("TodosRoute");
	}

	private void compile(Path... sources) throws IOException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		Path classes = Files.createDirectories(this.project.resolve("classes"));
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
			String classpath = classes + File.pathSeparator + System.getProperty("java.class.path");
			JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics,
					List.of("-d", classes.toString(), "-classpath", classpath, "-Aserveractions.templates=none"), null,
					files.getJavaFileObjects(sources));
			task.setProcessors(List.of(new ServerActionsProcessor()));
			assertThat(task.call()).as("%s", diagnostics.getDiagnostics()).isTrue();
		}
	}

	private Path source(String name, String body) throws IOException {
		Path file = this.project.resolve("src/com/example/" + name + ".java");
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "package com.example;\n\n" + body);
	}

	private String index() throws IOException {
		return Files.readString(this.project.resolve("classes").resolve(Index.LOCATION));
	}

}
