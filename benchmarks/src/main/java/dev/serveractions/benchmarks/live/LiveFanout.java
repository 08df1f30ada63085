package dev.serveractions.benchmarks.live;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * Holds N event streams of one live page open with one NIO selector, then revalidates the page's
 * tag R times and prints, per revalidation, the time from the call to the refresh event's arrival
 * at the last of the N clients, and p50/p99 over them. Bounded in time: opening gives up after
 * 120 s, each revalidation waits at most 10 s.
 *
 * <pre>
 * java -cp benchmarks/target/classes dev.serveractions.benchmarks.live.LiveFanout \
 *     STREAM_PORT REVALIDATE_PORT TOKEN N R
 * </pre>
 */
public final class LiveFanout {

	private static final byte[] EVENT = "event:refresh".getBytes(StandardCharsets.US_ASCII);

	private static final int BATCH = 100;

	private LiveFanout() {
	}

	public static void main(String[] args) throws Exception {
		int streamPort = Integer.parseInt(args[0]);
		URI revalidate = URI.create("http://127.0.0.1:" + args[1] + "/live/revalidate");
		byte[] request = ("GET /_sa/live?s=" + args[2] + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				+ "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		int n = Integer.parseInt(args[3]);
		int rounds = Integer.parseInt(args[4]);
		Selector selector = Selector.open();
		long[] arrived = new long[n];
		int[] matched = new int[n];
		boolean[] open = new boolean[n];
		ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
		long deadline = System.nanoTime() + 120_000_000_000L;
		int opened = 0;
		for (int first = 0; first < n; first += BATCH) {
			for (int i = first; i < Math.min(n, first + BATCH); i++) {
				SocketChannel channel = SocketChannel.open();
				channel.configureBlocking(false);
				channel.connect(new InetSocketAddress("127.0.0.1", streamPort));
				channel.register(selector, SelectionKey.OP_CONNECT, i);
			}
			while (opened < Math.min(n, first + BATCH)) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("only " + opened + " of " + n + " streams opened in 120 s");
				}
				opened += poll(selector, buffer, request, open, matched, arrived, 100);
			}
		}
		System.out.println("opened " + n + " streams");
		// the harness measures the server's memory (with a full GC) meanwhile: not during a revalidation
		Thread.sleep(5000);
		HttpClient http = HttpClient.newHttpClient();
		long[] latencies = new long[rounds];
		for (int round = 0; round < rounds; round++) {
			Arrays.fill(arrived, 0);
			long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			long start = System.nanoTime();
			CompletableFuture<HttpResponse<Void>> call = http.sendAsync(
					HttpRequest.newBuilder(revalidate).POST(HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.discarding());
			long waitUntil = start + 10_000_000_000L;
			int got = 0;
			while (got < n && System.nanoTime() < waitUntil) {
				// reads in batches: waking for every event would cost this process (on the same cores
				// as the server) several times the CPU; an arrival is then stamped up to 0.5 ms late
				LockSupport.parkNanos(500_000);
				got += poll(selector, buffer, request, open, matched, arrived, 10);
			}
			cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu;
			call.join();
			long last = Arrays.stream(arrived).max().orElse(0);
			long first = Arrays.stream(arrived).filter((time) -> time > 0).min().orElse(start);
			latencies[round] = (got < n) ? Long.MAX_VALUE : last - start;
			System.out.printf("revalidation %d: %d of %d events, client CPU %.1f ms, first after %.1f ms, last after %.1f ms%n",
					round, got, n, cpu / 1e6, (first - start) / 1e6, (got < n) ? Double.NaN : (last - start) / 1e6);
			long quiet = System.nanoTime() + 300_000_000L;
			while (System.nanoTime() < quiet) {
				poll(selector, buffer, request, open, matched, arrived, 50);
			}
		}
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		System.out.printf("RESULT n=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n", n, ms(percentile(sorted, 50)),
				ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
		selector.keys().forEach((key) -> {
			try {
				key.channel().close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		});
	}

	/** One select: connects, sends requests, reads; returns how many streams opened or got an event. */
	private static int poll(Selector selector, ByteBuffer buffer, byte[] request, boolean[] open, int[] matched,
			long[] arrived, long timeoutMillis) throws IOException {
		int count = 0;
		selector.select(timeoutMillis);
		List<SelectionKey> ready = new ArrayList<>(selector.selectedKeys());
		selector.selectedKeys().clear();
		long now = System.nanoTime();
		for (SelectionKey key : ready) {
			int i = (Integer) key.attachment();
			SocketChannel channel = (SocketChannel) key.channel();
			if (key.isConnectable()) {
				channel.finishConnect();
				channel.write(ByteBuffer.wrap(request));
				key.interestOps(SelectionKey.OP_READ);
				continue;
			}
			buffer.clear();
			int read = channel.read(buffer);
			if (read < 0) {
				throw new IllegalStateException("stream " + i + " was closed by the server");
			}
			buffer.flip();
			if (!open[i]) {
				open[i] = true; // the headers and the first line arrived
				count++;
			}
			while (buffer.hasRemaining()) {
				byte b = buffer.get();
				matched[i] = (b == EVENT[matched[i]]) ? matched[i] + 1 : ((b == EVENT[0]) ? 1 : 0);
				if (matched[i] == EVENT.length) {
					matched[i] = 0;
					if (arrived[i] == 0) {
						arrived[i] = now;
						count++;
					}
				}
			}
		}
		return count;
	}

	private static long percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double ms(long nanos) {
		return (nanos == Long.MAX_VALUE) ? Double.NaN : nanos / 1e6;
	}

}
