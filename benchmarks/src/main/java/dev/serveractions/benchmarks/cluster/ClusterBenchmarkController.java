package dev.serveractions.benchmarks.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.serveractions.benchmarks.cache.TablePageController;
import dev.serveractions.revalidation.RevalidationService;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cluster measurements, called by {@code benchmarks/run.sh} (group {@code cluster}):
 * <ul>
 * <li>{@code POST /cluster/bench/latency} on the sending instance: revalidates {@code n} tags, one
 * every 2 ms, then asks the receiving instance ({@code peer}) when each reached it; microseconds
 * from the call of {@code revalidateTag} to the store of the other instance.</li>
 * <li>{@code GET /cluster/bench/receipts} (and {@code receipt}, one tag) on the receiving instance.</li>
 * <li>{@code POST /cluster/bench/second-level}: what a second-level store in Redis would cost
 * and save for the heavy page: rendering it here against fetching its bytes from Redis.</li>
 * </ul>
 */
@RestController
class ClusterBenchmarkController {

	private static final long PACE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

	private final HttpClient http = HttpClient.newHttpClient();

	private final RevalidationService revalidation;

	private final ObjectProvider<ReceiptRecordingCacheStore> receipts;

	private final ObjectProvider<RedisConnectionFactory> redis;

	private final ITemplateEngine templates;

	ClusterBenchmarkController(RevalidationService revalidation, ObjectProvider<ReceiptRecordingCacheStore> receipts,
			ObjectProvider<RedisConnectionFactory> redis, ITemplateEngine templates) {
		this.revalidation = revalidation;
		this.receipts = receipts;
		this.redis = redis;
		this.templates = templates;
	}

	@PostMapping("/cluster/bench/latency")
	Map<String, Object> latency(@RequestParam String peer, @RequestParam(defaultValue = "1000") int n)
			throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		awaitSubscribed(peer, run);
		long[] sent = new long[n];
		for (int i = 0; i < n; i++) {
			sent[i] = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
			this.revalidation.revalidateTag(ReceiptRecordingCacheStore.PREFIX + run + "-" + i);
			// one revalidation every 2 ms: the peer is asked for the arrival times only at the end,
			// so that no request of this harness competes with the messages for the CPU
			LockSupport.parkNanos(PACE_NANOS);
		}
		HttpResponse<String> receipts = this.http.send(HttpRequest
			.newBuilder(URI.create(peer + "/cluster/bench/receipts?n=" + n + "&prefix=" + ReceiptRecordingCacheStore.PREFIX
					+ run + "-"))
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (receipts.statusCode() != 200) {
			throw new IllegalStateException("the revalidations did not all reach " + peer + ": " + receipts.body());
		}
		String[] arrived = receipts.body().strip().split(",");
		long[] micros = new long[n];
		for (int i = 0; i < n; i++) {
			micros[i] = Long.parseLong(arrived[i]) - sent[i];
		}
		Map<String, Object> result = summary(micros);
		result.put("revalidations", n);
		return result;
	}

	/**
	 * An instance answers HTTP before its subscription is in place: revalidates until one reaches
	 * the peer (for at most a minute).
	 */
	private void awaitSubscribed(String peer, String run) throws Exception {
		for (int attempt = 0; attempt < 120; attempt++) {
			String tag = ReceiptRecordingCacheStore.PREFIX + run + "-ready-" + attempt;
			this.revalidation.revalidateTag(tag);
			HttpResponse<String> receipt = this.http.send(HttpRequest
				.newBuilder(URI.create(peer + "/cluster/bench/receipt?waitMillis=500&tag=" + tag))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (receipt.statusCode() == 200) {
				return;
			}
		}
		throw new IllegalStateException(peer + " did not receive a revalidation within a minute");
	}

	/** When each of {@code n} tags {@code prefix0, prefix1, ...} arrived, comma-separated. */
	@GetMapping("/cluster/bench/receipts")
	String receipts(@RequestParam String prefix, @RequestParam int n) throws Exception {
		ReceiptRecordingCacheStore store = this.receipts.getObject();
		StringBuilder arrived = new StringBuilder();
		for (int i = 0; i < n; i++) {
			arrived.append((i > 0) ? "," : "").append(store.receipt(prefix + i).get(10, TimeUnit.SECONDS));
			store.forget(prefix + i);
		}
		return arrived.toString();
	}

	@GetMapping("/cluster/bench/receipt")
	String receipt(@RequestParam String tag, @RequestParam(defaultValue = "5000") long waitMillis) throws Exception {
		ReceiptRecordingCacheStore store = this.receipts.getObject();
		try {
			return String.valueOf(store.receipt(tag).get(waitMillis, TimeUnit.MILLISECONDS));
		}
		finally {
			store.forget(tag);
		}
	}

	@PostMapping("/cluster/bench/second-level")
	Map<String, Object> secondLevel(@RequestParam(defaultValue = "1000") int iterations) {
		Context context = new Context();
		context.setVariable("rows", TablePageController.ROWS);
		byte[] page = this.templates.process("cache/table", context).getBytes(StandardCharsets.UTF_8);
		long[] render = new long[iterations];
		long[] fetch = new long[iterations];
		byte[] key = ("server-actions:bench:" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		try (RedisConnection connection = this.redis.getObject().getConnection()) {
			connection.stringCommands().set(key, page);
			for (int round = 0; round < 2; round++) { // the first round warms up
				for (int i = 0; i < iterations; i++) {
					long start = System.nanoTime();
					this.templates.process("cache/table", context).getBytes(StandardCharsets.UTF_8);
					render[i] = (System.nanoTime() - start) / 1000;
					start = System.nanoTime();
					byte[] fetched = connection.stringCommands().get(key);
					fetch[i] = (System.nanoTime() - start) / 1000;
					if (fetched == null || fetched.length != page.length) {
						throw new IllegalStateException("Redis answered another entry");
					}
				}
			}
			connection.keyCommands().del(key);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("pageBytes", page.length);
		result.put("renderMicros", summary(render));
		result.put("redisGetMicros", summary(fetch));
		return result;
	}

	private static Map<String, Object> summary(long[] micros) {
		long[] sorted = micros.clone();
		Arrays.sort(sorted);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("p50", sorted[sorted.length / 2]);
		result.put("p99", sorted[(int) Math.ceil(sorted.length * 0.99) - 1]);
		result.put("max", sorted[sorted.length - 1]);
		return result;
	}

}
