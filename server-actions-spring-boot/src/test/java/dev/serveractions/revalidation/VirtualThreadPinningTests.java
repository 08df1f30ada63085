package dev.serveractions.revalidation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.serveractions.revalidation.app.CacheTestApplication;
import dev.serveractions.revalidation.app.Renders;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.threads.virtual.enabled=true}, requests that wait for the cache's single
 * flight, and concurrent identical revalidations that wait for their coalesced run, park their
 * virtual threads without pinning a carrier: JFR reports no {@code jdk.VirtualThreadPinned} event
 * of 20 ms or more (JFR's default threshold; loading a class pins for microseconds) with the
 * library in its stack. On JDK 21 this catches a wait inside {@code synchronized}; from JDK 24
 * on, only waits under native frames still pin. Needs JDK 21+: runs in the module's {@code virtual-threads} test
 * execution.
 */
@SpringBootTest(classes = CacheTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.threads.virtual.enabled=true", "server-actions.cache.purge-window=200ms" })
class VirtualThreadPinningTests {

	@LocalServerPort
	int port;

	@Autowired
	Renders renders;

	@Autowired
	RevalidationService revalidation;

	@Test
	void waitingForTheSingleFlightAndForACoalescedPurgeParksVirtualThreadsWithoutPinningTheirCarriers()
			throws Exception {
		assertThat(Runtime.version().feature()).as("virtual threads need JDK 21+").isGreaterThanOrEqualTo(21);
		HttpClient http = HttpClient.newHttpClient();
		// classes load and initialise once, and a class being initialised pins whoever waits for it
		for (int i = 0; i < 2; i++) {
			http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/cached/counter")).build(),
					HttpResponse.BodyHandlers.ofString());
			this.revalidation.revalidateTag("counter");
		}
		Path events = Files.createTempFile("pinning", ".jfr");
		try (Recording recording = new Recording()) {
			recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(20)).withStackTrace();
			recording.start();
			this.renders.hold();
			List<CompletableFuture<HttpResponse<String>>> readers = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				readers.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/cached/slow"))
					.timeout(Duration.ofSeconds(20))
					.build(), HttpResponse.BodyHandlers.ofString()));
			}
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> this.renders.count("slow") == 1);
			Thread.sleep(500);
			this.revalidation.revalidateTag("other");
			List<CompletableFuture<Integer>> purges = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				purges.add(CompletableFuture.supplyAsync(() -> this.revalidation.revalidateTag("other"),
						VirtualThreadPinningTests::startVirtualThread));
			}
			this.renders.release();
			for (CompletableFuture<HttpResponse<String>> reader : readers) {
				assertThat(reader.get(20, TimeUnit.SECONDS).body()).isEqualTo("slow 1");
			}
			for (CompletableFuture<Integer> purge : purges) {
				purge.get(20, TimeUnit.SECONDS);
			}
			recording.stop();
			recording.dump(events);
		}
		finally {
			this.renders.reset();
		}
		List<String> pinned = RecordingFile.readAllEvents(events)
			.stream()
			.filter((event) -> event.getEventType().getName().equals("jdk.VirtualThreadPinned"))
			.map(VirtualThreadPinningTests::describe)
			.toList();
		Files.delete(events);
		assertThat(pinned).noneMatch((trace) -> trace.contains("dev.serveractions."));
	}

	/** {@code Thread.startVirtualThread}, called reflectively: the tests compile for Java 17. */
	private static void startVirtualThread(Runnable task) {
		try {
			Thread.class.getMethod("startVirtualThread", Runnable.class).invoke(null, task);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String describe(RecordedEvent event) {
		StringBuilder frames = new StringBuilder("pinned for " + event.getDuration() + ":");
		if (event.getStackTrace() != null) {
			for (RecordedFrame frame : event.getStackTrace().getFrames()) {
				frames.append("\n  at ").append(frame.getMethod().getType().getName()).append('.')
					.append(frame.getMethod().getName());
			}
		}
		return frames.toString();
	}

}
