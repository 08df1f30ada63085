package dev.serveractions.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * An {@link ApplicationStartup} that adds up, for the steps the filter accepts, the CPU time of
 * the thread that ran them less that of the steps nested in them (self time), keyed by
 * {@code step:beanName}. Wall time on a loaded machine also counts the time other processes had
 * the cores; CPU time does not. Steps run on the main thread during startup, nested like a stack.
 */
final class CpuTimeStartup implements ApplicationStartup {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** The same thread's allocated bytes: nearly the same from start to start, where CPU time is not. */
	private static final com.sun.management.ThreadMXBean ALLOCATIONS = (com.sun.management.ThreadMXBean) THREADS;

	private final Predicate<Step> ours;

	private final Deque<Step> open = new ArrayDeque<>();

	private final Map<String, Long> selfNanos = new TreeMap<>();

	/** The total CPU time of the application context's own phases ({@code spring.context.*} steps). */
	private final Map<String, Long> contextNanos = new TreeMap<>();

	/** The bytes the thread allocated in the context's phases, the same way. */
	private final Map<String, Long> contextBytes = new TreeMap<>();

	CpuTimeStartup(Predicate<Step> ours) {
		this.ours = ours;
	}

	@Override
	public StartupStep start(String name) {
		Step step = new Step(name, this.open.isEmpty() ? null : this.open.peek());
		this.open.push(step);
		return step;
	}

	/** Total CPU milliseconds of the context's phases (nested ones included), by step name. */
	Map<String, Long> contextMillis() {
		Map<String, Long> millis = new TreeMap<>();
		this.contextNanos.forEach((key, nanos) -> millis.put(key, nanos / 1_000_000));
		return millis;
	}

	/** Kilobytes the thread allocated in the context's phases (nested ones included), by step name. */
	Map<String, Long> contextKilobytes() {
		Map<String, Long> kilobytes = new TreeMap<>();
		this.contextBytes.forEach((key, bytes) -> kilobytes.put(key, bytes / 1024));
		return kilobytes;
	}

	/** Self CPU milliseconds of the accepted steps, by {@code step:beanName}. */
	Map<String, Long> selfMillis() {
		Map<String, Long> millis = new TreeMap<>();
		this.selfNanos.forEach((key, nanos) -> millis.put(key, nanos / 1_000_000));
		return millis;
	}

	final class Step implements StartupStep {

		private final String name;

		private final Step parent;

		private final long start = THREADS.getCurrentThreadCpuTime();

		private final long startBytes = ALLOCATIONS.getCurrentThreadAllocatedBytes();

		private final Map<String, String> tags = new TreeMap<>();

		private long nested;

		Step(String name, Step parent) {
			this.name = name;
			this.parent = parent;
		}

		String beanName() {
			return this.tags.getOrDefault("beanName", "");
		}

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public long getId() {
			return System.identityHashCode(this);
		}

		@Override
		public Long getParentId() {
			return (this.parent != null) ? this.parent.getId() : null;
		}

		@Override
		public StartupStep tag(String key, String value) {
			this.tags.put(key, value);
			return this;
		}

		@Override
		public StartupStep tag(String key, Supplier<String> value) {
			return tag(key, value.get());
		}

		@Override
		public Tags getTags() {
			return () -> {
				Iterator<Map.Entry<String, String>> entries = this.tags.entrySet().iterator();
				return new Iterator<>() {
					@Override
					public boolean hasNext() {
						return entries.hasNext();
					}

					@Override
					public Tag next() {
						Map.Entry<String, String> entry = entries.next();
						return new Tag() {
							@Override
							public String getKey() {
								return entry.getKey();
							}

							@Override
							public String getValue() {
								return entry.getValue();
							}
						};
					}
				};
			};
		}

		@Override
		public void end() {
			long total = THREADS.getCurrentThreadCpuTime() - this.start;
			CpuTimeStartup.this.open.remove(this);
			if (this.parent != null) {
				this.parent.nested += total;
			}
			if (this.name.startsWith("spring.context.")) {
				CpuTimeStartup.this.contextNanos.merge(this.name, total, Long::sum);
				CpuTimeStartup.this.contextBytes.merge(this.name,
						ALLOCATIONS.getCurrentThreadAllocatedBytes() - this.startBytes, Long::sum);
			}
			if (CpuTimeStartup.this.ours.test(this)) {
				CpuTimeStartup.this.selfNanos.merge(this.name.replace("spring.beans.", "") + ":" + beanName(),
						total - this.nested, Long::sum);
			}
		}

	}

}
