package dev.serveractions.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

/**
 * Compiles the {@code java} snippets of the docs, each as the reader would paste it: a whole
 * file (imports and classes), members of a class (methods, fields), or statements of a method.
 * The kind is found by parsing. Every snippet gets the imports of {@link #IMPORTS}; members and
 * statements are put in a class that extends {@code dev.serveractions.docs.examples.SnippetContext}
 * (the fields fragments use: {@code todos}, {@code owners}, {@code mvc}...). A method body written
 * {@code { ... }} and a line that is only {@code ...} are elided. Types the snippet uses but
 * does not declare come from the classpath or from {@code dev.serveractions.docs.examples}.
 */
final class JavaSnippets {

	/** The imports every snippet gets, on one line so that the snippet's lines keep their numbers. */
	static final List<String> IMPORTS = List.of("java.util.*", "java.net.URI", "java.time.*",
			"jakarta.validation.Valid", "jakarta.validation.constraints.*",
			"org.springframework.stereotype.*", "org.springframework.ui.Model",
			"org.springframework.validation.*", "org.springframework.http.*", "org.springframework.web.bind.annotation.*",
			"org.springframework.web.ErrorResponseException", "org.springframework.web.bind.WebDataBinder",
			"org.springframework.web.servlet.mvc.support.RedirectAttributes", "org.springframework.web.servlet.LocaleResolver",
			"org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver",
			"org.springframework.context.annotation.*", "org.springframework.core.annotation.Order",
			"org.springframework.beans.factory.annotation.Autowired", "org.springframework.util.unit.DataSize",
			"dev.serveractions.action.*", "dev.serveractions.route.*", "dev.serveractions.revalidation.*",
			"dev.serveractions.cache.*", "dev.serveractions.thymeleaf.FragmentCacheModel",
			"org.junit.jupiter.api.Test", "org.springframework.boot.test.context.SpringBootTest",
			"org.springframework.boot.webmvc.test.autoconfigure.*", "org.springframework.test.web.servlet.MockMvc",
			"org.springframework.test.context.bean.override.mockito.MockitoBean",
			"static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*",
			"static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*",
			"static org.hamcrest.Matchers.*",
			"static dev.serveractions.test.ServerActionsMockMvc.*", "static org.mockito.BDDMockito.given",
			"dev.serveractions.docs.examples.*");

	private static final String CONTEXT = "dev.serveractions.docs.examples.SnippetContext";

	private static final Pattern ELIDED_BODY = Pattern.compile("\\{\\s*\\.\\.\\.\\s*}");

	private static final Pattern IMPORT = Pattern.compile("^import\\s+[\\w.*\\s]+;\\s*$");

	private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

	private JavaSnippets() {
	}

	/** How a snippet is put into a compilation unit. */
	enum Kind {

		/** Imports and type declarations: a file of its own. */
		FILE("", ""),

		/** Methods and fields: the body of a class. */
		MEMBERS("class Snippet extends " + CONTEXT + " {", "}"),

		/** Statements: the body of a method. */
		STATEMENTS("class Snippet extends " + CONTEXT + " { void snippet() throws Exception {", "}}");

		final String open;

		final String close;

		Kind(String open, String close) {
			this.open = open;
			this.close = close;
		}

	}

	/** One snippet as a compilation unit, with what tells a line of it from a line of the page. */
	record Unit(Snippet snippet, Kind kind, String source, int headerLines) {

		JavaFileObject file() {
			String name = "docs/" + snippet.page().replaceAll("[^A-Za-z0-9]", "_") + "_" + snippet.line() + "/Snippet.java";
			return new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {

				@Override
				public CharSequence getCharContent(boolean ignoreEncodingErrors) {
					return source;
				}

				@Override
				public boolean isNameCompatible(String simpleName, JavaFileObject.Kind kind) {
					return true;   // a snippet may declare several public classes, as a page does
				}

			};
		}

		/** A compiler message about this unit, located at the line of the page. */
		String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
			long line = diagnostic.getLineNumber() - this.headerLines;
			String[] lines = this.snippet.code().split("\n", -1);
			String where = (line >= 1 && line <= lines.length) ? this.snippet.where((int) line - 1) : this.snippet.where();
			String code = (line >= 1 && line <= lines.length) ? "\n        " + lines[(int) line - 1].strip() : "";
			return where + ": " + diagnostic.getMessage(Locale.ENGLISH).replace("\n", "\n        ") + code;
		}

	}

	/** Puts each snippet into a compilation unit, in the form it parses as. */
	static List<Unit> units(List<Snippet> snippets) {
		return snippets.stream().map(JavaSnippets::unit).toList();
	}

	/** What compiling the units found: errors, and the library packages of the annotations used, per unit. */
	record Compilation(Map<Unit, List<String>> errors, Map<Unit, Set<String>> annotationPackages) {
	}

	/**
	 * Compiles all units in one compiler run (each in a package of its own) and answers the
	 * errors per unit (a unit that compiled has none) and the library's annotations it uses.
	 */
	static Compilation compile(List<Unit> units) {
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager files = COMPILER.getStandardFileManager(diagnostics, Locale.ENGLISH, null)) {
			Map<JavaFileObject, Unit> byFile = new LinkedHashMap<>();
			Map<URI, Unit> byUri = new LinkedHashMap<>();
			units.forEach((unit) -> {
				JavaFileObject file = unit.file();
				byFile.put(file, unit);
				byUri.put(file.toUri(), unit);
			});
			List<String> options = List.of("--release", "17", "-proc:none", "-parameters", "-Xmaxerrs", "10000",
					"-classpath", System.getProperty("java.class.path"));
			JavacTask task = (JavacTask) COMPILER.getTask(null, files, diagnostics, options, null, byFile.keySet());
			Map<Unit, Set<String>> packages = new LinkedHashMap<>();
			Trees trees = Trees.instance(task);
			Map<CompilationUnitTree, Set<String>> parsed = new LinkedHashMap<>();
			for (CompilationUnitTree tree : task.parse()) {
				Set<String> used = new TreeSet<>();
				packages.put(byUri.get(tree.getSourceFile().toUri()), used);
				parsed.put(tree, used);
			}
			task.analyze();
			parsed.forEach((tree, used) -> new TreePathScanner<Void, Void>() {

				@Override
				public Void visitAnnotation(AnnotationTree annotation, Void unused) {
					Element type = trees.getElement(new TreePath(getCurrentPath(), annotation.getAnnotationType()));
					if (type != null) {
						String name = task.getElements().getPackageOf(type).getQualifiedName().toString();
						if (name.startsWith("dev.serveractions.") && !name.startsWith("dev.serveractions.docs")) {
							used.add(name);
						}
					}
					return super.visitAnnotation(annotation, unused);
				}

			}.scan(tree, null));
			Map<Unit, List<String>> errors = new LinkedHashMap<>();
			units.forEach((unit) -> errors.put(unit, new ArrayList<>()));
			diagnostics.getDiagnostics().stream()
				.filter((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
				.sorted(Comparator.comparingLong(Diagnostic::getLineNumber))
				.forEach((diagnostic) -> {
					Unit unit = (diagnostic.getSource() != null) ? byUri.get(diagnostic.getSource().toUri()) : null;
					if (unit != null) {
						errors.get(unit).add(unit.describe(diagnostic));
					}
					else {
						errors.values().forEach((list) -> list.add(diagnostic.getMessage(Locale.ENGLISH)));
					}
				});
			return new Compilation(errors, packages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Unit unit(Snippet snippet) {
		List<String> ownImports = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		for (String line : snippet.code().split("\n", -1)) {
			if (IMPORT.matcher(line).matches()) {
				ownImports.add(line.strip());
				body.append('\n');   // moved to the header, the line stays
			}
			else if (line.strip().equals("...")) {
				body.append('\n');
			}
			else {
				body.append(ELIDED_BODY.matcher(line).replaceAll("{ throw new UnsupportedOperationException(); }")).append('\n');
			}
		}
		String pkg = "docs." + snippet.page().replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT) + ".l" + snippet.line();
		StringBuilder imports = new StringBuilder();
		IMPORTS.forEach((name) -> imports.append("import ").append(name).append("; "));
		ownImports.forEach((line) -> imports.append(line).append(' '));
		String header = "package " + pkg + ";\n" + imports + "\n";
		Unit best = null;
		int furthest = -1;
		for (Kind kind : Kind.values()) {
			String source = header + (kind.open.isEmpty() ? "" : kind.open + "\n") + body + kind.close + "\n";
			Unit unit = new Unit(snippet, kind, source, kind.open.isEmpty() ? 2 : 3);
			long firstError = firstParseError(unit);
			if (firstError == Long.MAX_VALUE) {
				return unit;
			}
			if (firstError - unit.headerLines() > furthest) {
				furthest = (int) (firstError - unit.headerLines());
				best = unit;
			}
		}
		return best;   // parses as nothing: compiled as the kind that went furthest, to report its error
	}

	private static long firstParseError(Unit unit) {
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		JavacTask task = (JavacTask) COMPILER.getTask(null, null, diagnostics, List.of("--release", "17", "-proc:none"),
				null, List.of(unit.file()));
		try {
			task.parse();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return diagnostics.getDiagnostics().stream()
			.filter((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
			.mapToLong(Diagnostic::getLineNumber)
			.min()
			.orElse(Long.MAX_VALUE);
	}

}
