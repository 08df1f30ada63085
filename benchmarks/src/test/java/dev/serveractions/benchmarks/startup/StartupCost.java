package dev.serveractions.benchmarks.startup;

import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The library's own startup cost (benchmarks/startup.sh runs it): one fresh JVM starts the
 * {@link GeneratedApplication} (200 route handlers, 500 actions) with or without the library's
 * auto-configurations ({@code with}, {@code without}; the beans are the same either way), or the
 * same application written with plain Spring MVC ({@code plain}: {@code @RestController}s and
 * {@code @PostMapping}s, the fair baseline). Prints the milliseconds {@code SpringApplication.run}
 * took and the CPU time of its thread (steadier than wall time on a shared machine), then the
 * milliseconds of the first request after the start: a POST to one action (plain: to one
 * {@code @PostMapping}) and a GET of one route, then how many classes the JVM had loaded by then
 * (after the start and these two requests), then, with the library, the CPU time its own beans
 * took to create and to initialize after the singletons ({@link CpuTimeStartup}: the registrar,
 * the action registry, the startup checks), less the steps nested in them, then, for every
 * variant, the CPU time of the context's own phases ({@code context:config-classes.parse=...}) and
 * the kilobytes allocated in them ({@code alloc:config-classes.parse=...}).
 * <p>
 * {@code aot} processes a variant ahead of time as {@code spring-boot:process-aot} does (into
 * {@code DIR/aot-<variant>}, compiled); {@code run} with {@code -Dspring.aot.enabled=true} and
 * that directory on the class path then starts the AOT-processed context.
 *
 * <pre class="code">
 * java -cp ... StartupCost generate DIR 200 500 [PROCESSOR_PATH]
 * java -cp DIR/classes:... StartupCost aot DIR with|without|plain
 * java -cp DIR/classes:... StartupCost run with|without|plain
 * </pre>
 */
public final class StartupCost {

	/** Every auto-configuration the library declares (its {@code AutoConfiguration.imports}). */
	private static final String[] AUTO_CONFIGURATIONS = { "dev.serveractions.route.RouteHandlerAutoConfiguration",
			"dev.serveractions.action.ServerActionsAutoConfiguration",
			"dev.serveractions.revalidation.RevalidationAutoConfiguration",
			"dev.serveractions.live.LiveAutoConfiguration",
			"dev.serveractions.thymeleaf.ThymeleafDialectsAutoConfiguration",
			"dev.serveractions.actuate.ServerActionsEndpointAutoConfiguration",
			"dev.serveractions.actuate.ServerActionsMetricsAutoConfiguration" };

	private static final String SECRET = "startup-cost-benchmark-secret-of-32-bytes-or-more";

	private StartupCost() {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("generate")) {
			GeneratedApplication.generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
					(args.length > 4) ? args[4] : null);
			return;
		}
		String variant = args[1];
		if (args[0].equals("aot")) {
			AheadOfTime.process(Path.of(args[2]).resolve("aot-" + variant), mainClass(variant),
					properties(variant, false));
			return;
		}
		boolean with = variant.equals("with");
		Class<?> mainClass = ClassUtils.forName(mainClass(variant), StartupCost.class.getClassLoader());
		SpringApplication application = new SpringApplication(mainClass);
		// in AOT mode, the generated initializer is found by the main class's name
		application.setMainApplicationClass(mainClass);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		CpuTimeStartup startup = new CpuTimeStartup((step) -> isOurs(step.getName(), step.beanName()));
		application.setApplicationStartup(startup);
		application.setDefaultProperties(properties(variant, true));
		var threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		try (ConfigurableApplicationContext context = application.run()) {
			long millis = (System.nanoTime() - start) / 1_000_000;
			long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
			String first = variant.equals("without") ? "post=- get=-" : FirstRequests.of(context, with);
			long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
			System.out.println(millis + " " + cpuMillis + " " + first + " classes=" + classes
					+ (with ? " " + ownSteps(startup) : "") + " " + contextPhases(startup));
		}
	}

	private static String mainClass(String variant) {
		return variant.equals("plain") ? GeneratedApplication.PLAIN_MAIN_CLASS : GeneratedApplication.MAIN_CLASS;
	}

	/** The start's properties; those Spring AOT fixes at build time go to the AOT processing too. */
	private static Map<String, Object> properties(String variant, boolean runtime) {
		Map<String, Object> properties = new HashMap<>();
		if (runtime) {
			properties.putAll(Map.of("server.port", "0", "server.address", "127.0.0.1", "logging.level.root", "warn",
					"spring.main.banner-mode", "off"));
		}
		// the build knows the secret too (AOT_SECRET=0: it does not), so the table's ids fit
		if (runtime || !"0".equals(System.getenv("AOT_SECRET"))) {
			properties.put("server-actions.secret", SECRET);
		}
		if (!variant.equals("with")) {
			properties.put("spring.autoconfigure.exclude", String.join(",", AUTO_CONFIGURATIONS));
		}
		return properties;
	}

	/**
	 * "library=ms name=ms ..." for the library's beans: the CPU time of their instantiate and
	 * smart-initialize steps less the time of the steps nested in them (the application's and
	 * Spring's beans they pulled in are not theirs).
	 */
	private static String ownSteps(CpuTimeStartup startup) {
		Map<String, Long> steps = startup.selfMillis();
		long total = steps.values().stream().mapToLong(Long::longValue).sum();
		return "library=" + total + "ms " + steps.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= 1)
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(" "));
	}

	/**
	 * "context:name=ms ... alloc:name=KB ..." for the context's phases, whole (configuration
	 * classes, bean post-processing...): CPU time, then the kilobytes the thread allocated, which
	 * a loaded machine does not move (within about 1 % from start to start) and so shows a change
	 * of a few milliseconds that the CPU time's noise hides.
	 */
	private static String contextPhases(CpuTimeStartup startup) {
		return Stream.concat(phases("context:", startup.contextMillis()), phases("alloc:", startup.contextKilobytes()))
			.collect(Collectors.joining(" "));
	}

	private static Stream<String> phases(String prefix, Map<String, Long> phases) {
		return phases.entrySet()
			.stream()
			.map((entry) -> prefix + entry.getKey().replace("spring.context.", "") + "=" + entry.getValue());
	}

	private static boolean isOurs(String stepName, String bean) {
		return Stream.of("spring.beans.instantiate", "spring.beans.smart-initialize").anyMatch(stepName::equals)
				&& (bean.startsWith("serverAction") || bean.startsWith("routeHandler") || bean.startsWith("revalidat")
						|| bean.startsWith("responseCache") || bean.startsWith("routeMatch")
						|| bean.contains("dev.serveractions.") && !bean.contains(GeneratedApplication.PACKAGE));
	}

}
