package dev.serveractions.action;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import dev.serveractions.action.app.NoteActions;
import dev.serveractions.action.app.NoteStore;
import dev.serveractions.action.ownerapp.OwnerActions;
import dev.serveractions.action.ownerapp.Owners;
import dev.serveractions.action.ownerapp.PetActions;
import dev.serveractions.route.RouteHandlerAutoConfiguration;
import dev.serveractions.route.app.CasedRoute;
import dev.serveractions.route.app.DocsRoute;
import dev.serveractions.route.app.ItemRoute;
import dev.serveractions.route.app.ItemStore;
import dev.serveractions.route.app.ItemsRoute;
import dev.serveractions.route.app.OddsRoute;
import dev.serveractions.route.app.ShapesRoute;
import dev.serveractions.route.app.StreamsRoute;
import org.junit.jupiter.api.Test;

import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.Import;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;
import org.springframework.mock.web.MockServletContext;
import org.springframework.samples.aotshape.VisitActions;
import org.springframework.samples.aotshape.VisitRoute;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route and action tables Spring AOT builds at build time give what the runtime discovery
 * gives: one application, started from the code {@code process-aot} generates and the way a JVM
 * start finds its beans, maps the same requests to the same methods and has the same actions
 * under the same ids. The application includes classes under {@code org.springframework.samples}.
 */
@CompileWithForkedClassLoader
class BuildTimeTablesTests {

	private static final String SECRET = "build-time-tables-secret-of-32-bytes-or-more";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
				ServerActionsAutoConfiguration.class, RouteHandlerAutoConfiguration.class))
		.withUserConfiguration(Application.class);

	@Test
	void anAotProcessedStartMapsTheSameRoutesAndHasTheSameActionsAndIdsAsARuntimeStart() {
		Map<String, String> runtime = new TreeMap<>();
		this.runner.run((context) -> runtime.putAll(registered(context)));
		Map<String, String> processed = aotProcessedStart(Map.of(), Map.of());
		assertThat(runtime).containsKey("action notes.rename").containsKey("action visits.book")
			.containsKey("action pets.feed").containsKey("action owners.create");
		assertThat(runtime.keySet()).anyMatch((key) -> key.contains("/api/visits/{id}"))
			.anyMatch((key) -> key.contains("/docs/{*slug}"));
		assertThat(processed).isEqualTo(runtime);
	}

	@Test
	void idsBuiltUnderTheBuildsSecretAreTheIdsOfAStartWithThatSecret() {
		Map<String, String> processed = aotProcessedStart(Map.of("server-actions.secret", SECRET),
				Map.of("server-actions.secret", SECRET));
		assertThat(processed).isEqualTo(runtimeStartWithSecret());
	}

	@Test
	void anAotProcessedStartWithAnotherSecretThanTheBuildsComputesItsIds() {
		// built without a secret (the fixed id key), started with one: the table's ids do not fit
		Map<String, String> processed = aotProcessedStart(Map.of(), Map.of("server-actions.secret", SECRET));
		assertThat(processed).isEqualTo(runtimeStartWithSecret());
	}

	private Map<String, String> runtimeStartWithSecret() {
		Map<String, String> runtime = new TreeMap<>();
		this.runner.withPropertyValues("server-actions.secret=" + SECRET)
			.run((context) -> runtime.putAll(registered(context)));
		return runtime;
	}

	/**
	 * Processes the application ahead of time with the build's properties, compiles the generated
	 * code and starts it with the start's properties; what it registered.
	 */
	private Map<String, String> aotProcessedStart(Map<String, Object> build, Map<String, Object> start) {
		Map<String, String> registered = new TreeMap<>();
		WebApplicationContextRunner buildRunner = this.runner;
		for (Map.Entry<String, Object> property : build.entrySet()) {
			buildRunner = buildRunner.withPropertyValues(property.getKey() + "=" + property.getValue());
		}
		buildRunner.prepare((context) -> {
			TestGenerationContext generation = new TestGenerationContext(BuildTimeTablesTests.class);
			ClassName initializer = new ApplicationContextAotGenerator()
				.processAheadOfTime((GenericApplicationContext) context.getSourceApplicationContext(), generation);
			generation.writeGeneratedContent();
			TestCompiler.forSystem().with(generation).compile((compiled) -> {
				GenericWebApplicationContext fresh = new GenericWebApplicationContext(new MockServletContext());
				fresh.getEnvironment().getPropertySources().addFirst(new MapPropertySource("start", start));
				initializer(compiled.getInstance(ApplicationContextInitializer.class, initializer.toString()))
					.initialize(fresh);
				fresh.refresh();
				try {
					assertThat(fresh.getBeanProvider(ActionTable.class).getIfAvailable())
						.as("the action table built at build time").isNotNull();
					registered.putAll(registered(fresh));
				}
				finally {
					fresh.close();
				}
			});
		});
		return registered;
	}

	@SuppressWarnings("unchecked")
	private static ApplicationContextInitializer<GenericApplicationContext> initializer(
			ApplicationContextInitializer<?> initializer) {
		return (ApplicationContextInitializer<GenericApplicationContext>) initializer;
	}

	/** Every request mapping with its method, every action with its id and method. */
	private static Map<String, String> registered(ApplicationContext context) {
		Map<String, String> registered = new TreeMap<>();
		context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
			.getHandlerMethods()
			.forEach((info, method) -> registered.put("mapping " + info, method.getMethod().toGenericString()));
		ServerActions actions = context.getBean(ServerActions.class);
		Consumer<String> action = (name) -> registered.put("action " + name,
				actions.id(name) + " " + actions.method(name).toGenericString());
		actions.names().forEach(action);
		return registered;
	}

	@Import({ ItemStore.class, ItemRoute.class, ItemsRoute.class, ShapesRoute.class, CasedRoute.class,
			StreamsRoute.class, OddsRoute.class, DocsRoute.class, VisitRoute.class, VisitActions.class,
			NoteStore.class, NoteActions.class, Owners.class, OwnerActions.class, PetActions.class })
	static class Application {

	}

}
