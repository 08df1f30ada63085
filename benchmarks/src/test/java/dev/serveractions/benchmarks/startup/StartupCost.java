package dev.serveractions.benchmarks.startup;

import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;
import org.springframework.util.ClassUtils;

/**
 * The library's own startup cost (benchmarks/startup.sh runs it): one fresh JVM starts the
 * {@link GeneratedApplication} (200 route handlers, 500 actions) with or without the library's
 * auto-configurations; the beans are the same either way. Prints the milliseconds
 * {@code SpringApplication.run} took and the CPU time of its thread (steadier than wall time on a
 * shared machine), then, with the library, what its own beans took to create
 * and to initialize after the singletons ({@link BufferingApplicationStartup}: the registrar,
 * the action registry, the startup check), outermost steps only.
 *
 * <pre class="code">
 * java -cp ... StartupCost generate DIR 200 500 [PROCESSOR_PATH]
 * java -cp DIR/classes:... StartupCost run with|without
 * </pre>
 */
public final class StartupCost {

	private static final String[] AUTO_CONFIGURATIONS = { "dev.serveractions.route.RouteHandlerAutoConfiguration",
			"dev.serveractions.action.ServerActionsAutoConfiguration",
			"dev.serveractions.revalidation.RevalidationAutoConfiguration",
			"dev.serveractions.thymeleaf.ThymeleafDialectsAutoConfiguration" };

	private StartupCost() {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("generate")) {
			GeneratedApplication.generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
					(args.length > 4) ? args[4] : null);
			return;
		}
		boolean with = args[1].equals("with");
		SpringApplication application = new SpringApplication(
				ClassUtils.forName(GeneratedApplication.MAIN_CLASS, StartupCost.class.getClassLoader()));
		application.setWebApplicationType(WebApplicationType.SERVLET);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
		application.setApplicationStartup(startup);
		Map<String, Object> properties = new HashMap<>(Map.of("server.port", "0", "server.address", "127.0.0.1",
				"logging.level.root", "warn", "spring.main.banner-mode", "off",
				"server-actions.secret", "startup-cost-benchmark-secret-of-32-bytes-or-more"));
		if (!with) {
			properties.put("spring.autoconfigure.exclude", String.join(",", AUTO_CONFIGURATIONS));
		}
		application.setDefaultProperties(properties);
		var threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		try (ConfigurableApplicationContext context = application.run()) {
			long millis = (System.nanoTime() - start) / 1_000_000;
			long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
			System.out.println(millis + " " + cpuMillis + (with ? " " + ownSteps(startup) : ""));
		}
	}

	/**
	 * "library=ms name=ms ..." for the library's beans: the time of their instantiate and
	 * smart-initialize steps less the time of the steps nested in them (the application's and
	 * Spring's beans they pulled in are not theirs).
	 */
	private static String ownSteps(BufferingApplicationStartup startup) {
		List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
		Map<Long, Long> nested = new HashMap<>();
		for (TimelineEvent event : events) {
			Long parent = event.getStartupStep().getParentId();
			if (parent != null) {
				nested.merge(parent, event.getDuration().toNanos(), Long::sum);
			}
		}
		Map<String, Long> steps = new TreeMap<>();
		for (TimelineEvent event : events) {
			StartupStep step = event.getStartupStep();
			if (isOurs(step)) {
				long self = event.getDuration().toNanos() - nested.getOrDefault(step.getId(), 0L);
				steps.merge(step.getName().replace("spring.beans.", "") + ":" + beanName(step), self, Long::sum);
			}
		}
		long total = steps.values().stream().mapToLong(Long::longValue).sum();
		return "library=" + total / 1_000_000 + "ms " + steps.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= 1_000_000)
			.map((entry) -> entry.getKey() + "=" + entry.getValue() / 1_000_000)
			.collect(Collectors.joining(" "));
	}

	private static boolean isOurs(StartupStep step) {
		String bean = beanName(step);
		return Stream.of("spring.beans.instantiate", "spring.beans.smart-initialize").anyMatch(step.getName()::equals)
				&& (bean.startsWith("serverAction") || bean.startsWith("routeHandler") || bean.startsWith("revalidat")
						|| bean.startsWith("responseCache") || bean.startsWith("routeMatch")
						|| bean.contains("dev.serveractions.") && !bean.contains(GeneratedApplication.PACKAGE));
	}

	private static String beanName(StartupStep step) {
		for (StartupStep.Tag tag : step.getTags()) {
			if (tag.getKey().equals("beanName")) {
				return tag.getValue();
			}
		}
		return "";
	}

}
