package dev.serveractions.live;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.serveractions.live.app.LiveTestApplication;
import dev.serveractions.revalidation.LocalRevalidation;
import dev.serveractions.revalidation.RevalidationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = LiveTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server-actions.live.max-connections=3", "server-actions.live.heartbeat=100ms" })
class LivePagesIntegrationTests {

	private static final Pattern SUBSCRIPTION = Pattern.compile("data-sa-subscription=\"([^\"]+)\"");

	private static final Duration EVENT_WAIT = Duration.ofSeconds(3);

	@LocalServerPort
	int port;

	@Autowired
	RevalidationService revalidation;

	@Autowired
	LocalRevalidation localRevalidation;

	private final HttpClient client = HttpClient.newHttpClient();

	private final List<EventStream> streams = new ArrayList<>();

	@Autowired
	LiveConnections connections;

	@AfterEach
	void closeStreams() throws Exception {
		for (EventStream stream : this.streams) {
			stream.close();
		}
		assertThat(EventStream.awaitNoStreams(this.connections)).as("streams the instance still holds").isZero();
	}

	@Test
	void aLiveRegionCarriesASignedSubscriptionOfItsPathAndItsFragmentsTags() throws Exception {
		String page = get("/board");
		assertThat(page).contains("<section id=\"cards\">").doesNotContain("sa:live");
		List<String> values = valuesOf(subscriptionOf(page));
		assertThat(values.subList(1, values.size())).contains("page:/board", "layout:/", "layout:/board", "cards",
				"board");
		assertThat(page).containsPattern("<li>first card</li></ul>\\s*<template data-sa-subscription=\"[^\"]+\" "
				+ "data-sa-since=\"\\d+\"></template></section>");
	}

	@Test
	void saLiveOnACachedElementSubscribesToItsTagsOnHitsToo() throws Exception {
		for (int i = 0; i < 2; i++) {
			String page = get("/same-element");
			assertThat(page).containsPattern("<ul id=\"cards\"><li>first card</li><template data-sa-subscription");
			assertThat(valuesOf(subscriptionOf(page))).contains("cards", "page:/same-element");
		}
	}

	@Test
	void aCachedResponseSubscribesToItsOwnTagsToo() throws Exception {
		assertThat(valuesOf(subscriptionOf(get("/cached-board")))).contains("cached-board", "page:/cached-board");
	}

	@Test
	void aPageWithoutSaLiveRendersAsWithoutLivePages() throws Exception {
		assertThat(get("/plain")).isEqualTo("""
				<!DOCTYPE html>
				<html>
				<head><title>Board</title></head>
				<body>
				<h1>Board</h1>
				<section id="cards">
				<ul><li>first card</li></ul>
				</section>
				</body>
				</html>
				""");
	}

	@Test
	void aRevalidationOfATagTheRegionRenderedSendsOneRefreshEvent() throws Exception {
		EventStream stream = stream(subscriptionOf(get("/board")));
		assertThat(stream.status()).isEqualTo(200);
		assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
		assertThat(stream.header("X-Accel-Buffering")).isEqualTo("no");
		assertThat(stream.header("Cache-Control")).isEqualTo("no-store");
		this.revalidation.revalidateTag("unrelated");
		assertThat(stream.next(Duration.ofMillis(300))).isNull();
		this.revalidation.revalidateTag("cards");
		assertThat(stream.next(EVENT_WAIT)).isEqualTo("refresh");
		this.revalidation.revalidatePath("/board");
		assertThat(stream.next(EVENT_WAIT)).isEqualTo("refresh");
	}

	@Test
	void everythingClearedOnThisInstanceRefreshesEveryStream() throws Exception {
		EventStream stream = stream(subscriptionOf(get("/board")));
		this.localRevalidation.clearLocally();
		assertThat(stream.next(EVENT_WAIT)).isEqualTo("refresh");
	}

	@Test
	void aStreamOpenedAfterARevalidationItsPageDidNotShowRefreshesAtOnce() throws Exception {
		String token = subscriptionOf(get("/board"));
		this.revalidation.revalidateTag("board");
		EventStream late = stream(token);
		assertThat(late.next(EVENT_WAIT)).isEqualTo("refresh");
		EventStream fresh = stream(subscriptionOf(get("/board")));
		assertThat(fresh.next(Duration.ofMillis(300))).isNull();
	}

	@Test
	void aTamperedForgedOrMissingSubscriptionIsA400Problem() throws Exception {
		String token = subscriptionOf(get("/board"));
		String[] parts = token.split("\\.");
		parts[parts.length - 1] = Base64.getUrlEncoder().withoutPadding().encodeToString(
				"orders".getBytes(StandardCharsets.UTF_8));
		for (String query : List.of("?s=" + String.join(".", parts), "?s=AAAA.b3JkZXJz", "?s=%00", "")) {
			var response = answer("/_sa/live" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("\"status\":400");
		}
	}

	@Test
	void aStreamBeyondTheCapIsA503ProblemNotAHang() throws Exception {
		String token = subscriptionOf(get("/board"));
		for (int i = 0; i < 3; i++) {
			assertThat(stream(token).status()).isEqualTo(200);
		}
		var response = answer("/_sa/live?s=" + token);
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(response.body()).contains("server-actions.live.max-connections");
	}

	/** The whole answer, not only its headers, within 5 s: a stream that stays open fails the test. */
	private HttpResponse<String> answer(String path) throws Exception {
		return this.client.sendAsync(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Accept", "text/event-stream")
			.build(), BodyHandlers.ofString()).get(5, TimeUnit.SECONDS);
	}

	private EventStream stream(String token) throws Exception {
		EventStream stream = EventStream.open(this.client,
				url("/_sa/live?s=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
		this.streams.add(stream);
		return stream;
	}

	private String get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), BodyHandlers.ofString()).body();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	static String subscriptionOf(String page) {
		Matcher matcher = SUBSCRIPTION.matcher(page);
		assertThat(matcher.find()).as("a subscription in %s", page).isTrue();
		return matcher.group(1);
	}

	static List<String> valuesOf(String token) {
		List<String> values = new ArrayList<>();
		String[] parts = token.split("\\.");
		for (int i = 1; i < parts.length; i++) {
			values.add(new String(Base64.getUrlDecoder().decode(parts[i]), StandardCharsets.UTF_8));
		}
		return values;
	}

}
