package dev.serveractions.processor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.core.test.tools.CompilationException;
import org.springframework.core.test.tools.SourceFile;
import org.springframework.core.test.tools.TestCompiler;

/**
 * Compiles test sources with the processor on, through Spring's {@link TestCompiler}: either the
 * problems javac reported (each as {@code - message /path/Source.java line:column}), or the index
 * the processor wrote.
 */
final class Compile {

	/** Any error but the one {@code failOnWarning} adds: {@code warnings found and -Werror specified}. */
	static final String ANY_ERROR = "Errors:\n- (?!warnings found and -Werror specified\n\n)";

	private Compile() {
	}

	static TestCompiler compiler(String... options) {
		return TestCompiler.forSystem().withProcessors(new ServerActionsProcessor()).withCompilerOptions(options);
	}

	/** The errors and warnings of the compilation, as TestCompiler lists them, or {@code ""}. */
	static String problems(String[] options, String... sources) {
		try {
			compiler(options).failOnWarning().withSources(sourceFiles(sources)).compile((compiled) -> {
			});
			return "";
		}
		catch (CompilationException ex) {
			return ex.getMessage();
		}
	}

	static String problems(String... sources) {
		return problems(new String[] { "-Aserveractions.templates=none" }, sources);
	}

	/** The index written by a compilation that must succeed. */
	static String index(String... sources) {
		AtomicReference<String> index = new AtomicReference<>();
		compiler("-Aserveractions.templates=none").withSources(sourceFiles(sources)).compile((compiled) -> {
			try {
				// the one this compilation wrote, not the test resource that stands for a library's
				URL library = Compile.class.getClassLoader().getResource(Index.LOCATION);
				for (URL url : Collections.list(compiled.getClassLoader().getResources(Index.LOCATION))) {
					if (!url.equals(library)) {
						try (InputStream in = url.openStream()) {
							index.set(new String(in.readAllBytes(), StandardCharsets.UTF_8));
						}
					}
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return index.get();
	}

	static SourceFile[] sourceFiles(String... sources) {
		SourceFile[] files = new SourceFile[sources.length];
		for (int i = 0; i < sources.length; i++) {
			files[i] = SourceFile.of(sources[i]);
		}
		return files;
	}

}
