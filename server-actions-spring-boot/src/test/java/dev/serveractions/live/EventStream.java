package dev.serveractions.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client of one event stream: the events it received, by name, as they arrive. */
final class EventStream implements AutoCloseable {

	private final HttpResponse<InputStream> response;

	private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

	private final CountDownLatch ended = new CountDownLatch(1);

	private EventStream(HttpResponse<InputStream> response) {
		this.response = response;
		Thread reader = new Thread(this::read, "event-stream-reader");
		reader.setDaemon(true);
		reader.start();
	}

	static EventStream open(HttpClient client, String url) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(5))
			.build();
		return new EventStream(client.send(request, HttpResponse.BodyHandlers.ofInputStream()));
	}

	int status() {
		return this.response.statusCode();
	}

	String header(String name) {
		return this.response.headers().firstValue(name).orElse("");
	}

	/** The name of the next event, or {@code null} if none comes in time. */
	String next(Duration wait) throws InterruptedException {
		return this.events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.response.body(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith("event:")) {
					this.events.add(line.substring("event:".length()).trim());
				}
			}
		}
		catch (IOException ex) {
			// closed
		}
		finally {
			this.ended.countDown();
		}
	}

	/**
	 * Waits up to 5 s until the instance holds no stream (a stream the client closed is found by
	 * the next write to it, a heartbeat or an event) and returns how many it still holds.
	 */
	static int awaitNoStreams(LiveConnections connections) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 5000;
		while (connections.size() > 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		return connections.size();
	}

	/** Whether the server ends the stream within the time. */
	boolean endsWithin(Duration wait) throws InterruptedException {
		return this.ended.await(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() throws IOException {
		this.response.body().close();
	}

}
