package dev.serveractions.action;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.serveractions.route.RouteHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.aot.AotDetector;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.SpringProperties;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Startup with a {@code META-INF/server-actions/index.json} on the classpath: the test compiles
 * an application package into a directory of its own and writes that directory's index, as
 * {@code server-actions-processor} would.
 */
@ExtendWith(OutputCaptureExtension.class)
class IndexedBeansCheckTests {

	private static final String PACKAGE = "com.example.indexed";

	private static final String ACTIONS = """
			package com.example.indexed;

			public class TodoActions {
				@dev.serveractions.action.ServerAction("todos.create")
				public void create() { }
			}
			""";

	private static final String ROUTE = """
			package com.example.indexed;

			@dev.serveractions.route.RouteHandler("/api/todos")
			public class TodosRoute {
				public String get() { return ""; }
			}
			""";

	private static final String INDEX = """
			{
			  "routes": [
			    {"class": "com.example.indexed.TodosRoute", "path": "/api/todos", "verbs": {"GET": "get"}}
			  ],
			  "actions": [
			    {"name": "todos.create", "class": "com.example.indexed.TodoActions", "method": "create", "bound": []}
			  ]
			}
			""";

	@TempDir
	Path classes;

	@Test
	void anIndexedActionClassInAScannedPackageThatIsNotABeanFailsStartupNamingTheClassAndTheFix() throws Exception {
		ClassLoader loader = application(INDEX, ACTIONS, ROUTE);
		runner(loader).withUserConfiguration(ScanIndexed.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("Indexed by server-actions-processor but not a bean, so its route handler or "
						+ "actions would not exist: com.example.indexed.TodoActions (@ServerAction methods). Action: "
						+ "Annotate the class with @Component (@RouteHandler is one) and make sure component scanning "
						+ "reaches its package, or @Import it, or declare it as a @Bean. To start anyway, set "
						+ "server-actions.index.fail-on-missing-bean=false.");
		});
	}

	@Test
	void underSpringAotAnIndexedActionClassThatIsNotABeanFailsTheBuildNamingTheClass() throws Exception {
		ClassLoader loader = application(INDEX, ACTIONS, ROUTE);
		runner(loader).withUserConfiguration(ScanIndexed.class)
			.prepare((context) -> assertThatThrownBy(() -> new ApplicationContextAotGenerator().processAheadOfTime(
					(GenericApplicationContext) context.getSourceApplicationContext(),
					new TestGenerationContext(IndexedBeansCheckTests.class)))
				.rootCause()
				.hasMessageContaining("Indexed by server-actions-processor but not a bean")
				.hasMessageContaining("com.example.indexed.TodoActions (@ServerAction methods)"));
	}

	@Test
	void anAotProcessedStartDoesNotCompareTheBeansWithTheIndexAgain() throws Exception {
		ClassLoader loader = application(INDEX, ACTIONS, ROUTE);
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
		try {
			// the comparison ran when the application was processed: a start trusts it
			runner(loader).withUserConfiguration(ScanIndexed.class)
				.run((context) -> assertThat(context).hasNotFailed());
		}
		finally {
			SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
		}
	}

	@Test
	void aTestsNarrowerApplicationThatScansAnotherPackageStartsWithoutTheIndexedClassesOutsideIt() throws Exception {
		ClassLoader loader = application(INDEX, ACTIONS, ROUTE);
		runner(loader).withUserConfiguration(ScanAdmin.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(ServerActions.class).names()).isEmpty();
		});
	}

	@Test
	void classesTheScansFilterLeavesOutAsATestSliceDoesAreNotReported() throws Exception {
		ClassLoader loader = application(INDEX, ACTIONS, ROUTE);
		runner(loader).withUserConfiguration(ScanIndexedForRoutesOnly.class)
			.withBean(OnlyRouteHandlers.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeanNamesForType(loader.loadClass(PACKAGE + ".TodosRoute"))).hasSize(1);
			});
	}

	@Test
	void aClassTheScansConditionLeavesOutIsNotReported() throws Exception {
		ClassLoader loader = application(INDEX,
				ACTIONS.replace("public class", "@org.springframework.context.annotation.Profile(\"admin\")\npublic class"),
				ROUTE);
		runner(loader).withUserConfiguration(ScanIndexed.class).run((context) -> assertThat(context).hasNotFailed());
		runner(loader).withUserConfiguration(ScanIndexed.class)
			.withPropertyValues("spring.profiles.active=admin")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("not exist: com.example.indexed.TodoActions (@ServerAction methods)"));
	}

	@Test
	void withFailOnMissingBeanOffTheMissingBeanIsLoggedAndTheScanDoesNotRunInstead(CapturedOutput output)
			throws Exception {
		ClassLoader loader = application(INDEX, ACTIONS, ROUTE);
		runner(loader).withUserConfiguration(ScanIndexed.class)
			.withPropertyValues("server-actions.index.fail-on-missing-bean=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).contains("WARN").contains("Indexed by server-actions-processor but not a bean, so "
						+ "its route handler or actions would not exist: com.example.indexed.TodoActions (@ServerAction "
						+ "methods).")
					.doesNotContain("but no bean of that class");
			});
	}

	@Test
	void indexedClassesThatAreBeansStartQuietly(CapturedOutput output) throws Exception {
		ClassLoader loader = application(INDEX, ACTIONS, ROUTE);
		runner(loader).withBean("todoActions", loader.loadClass(PACKAGE + ".TodoActions"))
			.withBean("todosRoute", loader.loadClass(PACKAGE + ".TodosRoute"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(ServerActions.class).names()).containsExactly("todos.create");
				assertThat(output).doesNotContain("server-actions-processor");
			});
	}

	@Test
	void anActionOrRouteMissingFromTheIndexOfItsOwnDirectoryIsLoggedAsStale(CapturedOutput output) throws Exception {
		ClassLoader loader = application("{\"routes\": [], \"actions\": []}", ACTIONS, ROUTE);
		runner(loader).withBean("todoActions", loader.loadClass(PACKAGE + ".TodoActions"))
			.withBean("todosRoute", loader.loadClass(PACKAGE + ".TodosRoute"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				String index = this.classes.toUri().toURL() + "META-INF/server-actions/index.json";
				assertThat(output).contains("Server action \"todos.create\" (com.example.indexed.TodoActions.create) is "
						+ "not in " + index + ": that jar or directory is stale (built before this class changed); "
						+ "rebuild it")
					.contains("@RouteHandler com.example.indexed.TodosRoute is not in " + index);
			});
	}

	@Test
	void anActionNamedOtherwiseThanItsIndexSaysIsLogged(CapturedOutput output) throws Exception {
		ClassLoader loader = application(INDEX.replace("\"name\": \"todos.create\"", "\"name\": \"todoActions.create\""),
				ACTIONS, ROUTE);
		runner(loader).withBean("todoActions", loader.loadClass(PACKAGE + ".TodoActions"))
			.withBean("todosRoute", loader.loadClass(PACKAGE + ".TodosRoute"))
			.run((context) -> assertThat(output).contains("Server action \"todos.create\" "
					+ "(com.example.indexed.TodoActions.create) is indexed as \"todoActions.create\" in "
					+ this.classes.toUri().toURL() + "META-INF/server-actions/index.json, so templates were checked "
					+ "against that name: the index is stale, or a @Bean method named the bean; rebuild, or name the "
					+ "action with @ServerAction(\"todos.create\")"));
	}

	@Test
	void withoutAnIndexTheApplicationsPackagesAreScannedAsBefore() throws Exception {
		ClassLoader loader = application(null, ACTIONS);
		runner(loader).run((context) -> assertThat(context).getFailure()
			.rootCause()
			.hasMessageContaining("@ServerAction methods in com.example.indexed.TodoActions, but no bean of that class"));
	}

	@Test
	void withoutAnIndexNothingIsCheckedOrLogged(CapturedOutput output) throws Exception {
		ClassLoader loader = application(null, ACTIONS);
		runner(loader).withBean("todoActions", loader.loadClass(PACKAGE + ".TodoActions")).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).doesNotContain("server-actions-processor");
		});
	}

	@Test
	void aFatJarsOwnClassesBelongToTheIndexAtTheJarsRoot() {
		assertThat(ClasspathIndexes.root("jar:nested:/apps/todo.jar/!BOOT-INF/classes/!/com/example/A.class",
				"com/example/A.class"))
			.isEqualTo(ClasspathIndexes.root("jar:file:/apps/todo.jar!/META-INF/server-actions/index.json",
					"META-INF/server-actions/index.json"))
			.isEqualTo("jar:file:/apps/todo.jar!/");
	}

	@Configuration(proxyBeanMethods = false)
	@ComponentScan("com.example.indexed")
	static class ScanIndexed {

	}

	/** As a test's own application class in a sub-package: auto-configuration packages stay the root's. */
	@Configuration(proxyBeanMethods = false)
	@ComponentScan("com.example.indexed.admin")
	static class ScanAdmin {

	}

	@Configuration(proxyBeanMethods = false)
	@ComponentScan(basePackages = "com.example.indexed",
			excludeFilters = @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
	static class ScanIndexedForRoutesOnly {

	}

	/** What a test slice's filter does: leaves out every component but those the slice is about. */
	static class OnlyRouteHandlers extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory readers) {
			return !reader.getAnnotationMetadata().hasAnnotation(RouteHandler.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof OnlyRouteHandlers;
		}

		@Override
		public int hashCode() {
			return OnlyRouteHandlers.class.hashCode();
		}

	}

	private WebApplicationContextRunner runner(ClassLoader loader) {
		return new WebApplicationContextRunner().withClassLoader(loader)
			.withConfiguration(AutoConfigurations.of(ServerActionsAutoConfiguration.class))
			.withInitializer((context) -> AutoConfigurationPackages
				.register((BeanDefinitionRegistry) context.getBeanFactory(), PACKAGE));
	}

	/** Compiles the sources into their own directory, with the index when given. */
	private ClassLoader application(String index, String... sources) throws IOException {
		Path src = Files.createDirectories(this.classes.resolveSibling(this.classes.getFileName() + "-src"));
		List<Path> files = new java.util.ArrayList<>();
		for (String source : sources) {
			String name = source.substring(source.indexOf("public class ") + 13, source.indexOf(" {", source.indexOf("public class ")));
			files.add(Files.writeString(src.resolve(name + ".java"), source));
		}
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		List<String> args = new java.util.ArrayList<>(List.of("-proc:none", "-d", this.classes.toString(), "-cp",
				System.getProperty("java.class.path")));
		files.forEach((file) -> args.add(file.toString()));
		assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
		if (index != null) {
			Path file = this.classes.resolve("META-INF/server-actions/index.json");
			Files.createDirectories(file.getParent());
			Files.writeString(file, index);
		}
		return new URLClassLoader(new URL[] { this.classes.toUri().toURL() }, getClass().getClassLoader());
	}

}
