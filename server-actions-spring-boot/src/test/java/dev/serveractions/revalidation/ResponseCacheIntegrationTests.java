package dev.serveractions.revalidation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.serveractions.cache.CacheStore;
import dev.serveractions.revalidation.app.CacheTestApplication;
import dev.serveractions.revalidation.app.OwnerController;
import dev.serveractions.revalidation.app.Renders;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = CacheTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ResponseCacheIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	OwnerController owners;

	@LocalServerPort
	int port;

	@Autowired
	Renders renders;

	@Autowired
	RevalidationService revalidation;

	@Autowired
	CacheStore store;

	@Autowired
	RenderCache renderCache;

	@BeforeEach
	void emptyCache() {
		this.store.clear();
		this.renders.reset();
	}

	@Test
	void aCachedGetIsAnsweredFromTheCacheWithItsStatusHeadersAndBodyWithoutRunningTheHandler() throws Exception {
		HttpResponse<String> first = get("/cached/counter");
		HttpResponse<String> second = get("/cached/counter");
		assertThat(first.headers().firstValue("X-Cache")).hasValue("MISS");
		assertThat(second.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body()).startsWith("render 1");
		assertThat(second.headers().firstValue("X-Rendered")).hasValue("1");
		assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(this.renders.count("counter")).isEqualTo(1);
	}

	@Test
	void revalidatingTheTagOrThePathMakesTheNextRequestRenderAgain() throws Exception {
		get("/cached/counter");
		get("/cached/counter?page=2");
		assertThat(this.revalidation.revalidateTag("counter")).isEqualTo(2);
		assertThat(get("/cached/counter").body()).startsWith("render 3");
		assertThat(get("/cached/counter").headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(this.revalidation.revalidatePath("/cached/counter")).isEqualTo(1);
		assertThat(get("/cached/counter").body()).startsWith("render 4");
	}

	@Test
	void theQueryStringAcceptLanguageAndConfiguredHeadersMakeDistinctEntries() throws Exception {
		assertThat(get("/cached/counter?page=1").body()).isEqualTo("render 1 1 en_US".replace(" en_US", " " + defaultLocale()));
		assertThat(get("/cached/counter?page=2").body()).startsWith("render 2 2");
		assertThat(get("/cached/counter?page=1", "Accept-Language", "fr").body()).isEqualTo("render 3 1 fr");
		assertThat(get("/cached/counter?page=1", "HX-Request", "true").body()).startsWith("render 4 1");
		assertThat(get("/cached/counter?page=1", "Accept-Language", "fr").body()).isEqualTo("render 3 1 fr");
		assertThat(get("/cached/counter?page=2").headers().firstValue("X-Cache")).hasValue("HIT");
	}

	@Test
	void nonSuccessResponsesAndResponsesThatSetCookiesAreNeverCached() throws Exception {
		assertThat(get("/cached/missing").statusCode()).isEqualTo(404);
		assertThat(get("/cached/missing").body()).isEqualTo("missing 2");
		assertThat(get("/cached/cookie").headers().firstValue("Set-Cookie")).hasValueSatisfying((c) -> c.startsWith("seen="));
		HttpResponse<String> again = get("/cached/cookie");
		assertThat(again.body()).isEqualTo("cookie 2");
		assertThat(again.headers().firstValue("X-Cache")).hasValue("MISS");
	}

	@Test
	void otherMethodsThanGetAndUnannotatedHandlersAreNeverCached() throws Exception {
		get("/cached/counter");
		HttpResponse<String> head = this.http.send(request("/cached/counter").method("HEAD", BodyPublishers.noBody()).build(),
				BodyHandlers.ofString());
		assertThat(head.headers().firstValue("X-Cache")).isEmpty();
		assertThat(get("/uncached").body()).isEqualTo("uncached 1");
		assertThat(get("/uncached").body()).isEqualTo("uncached 2");
		assertThat(get("/uncached").headers().firstValue("X-Cache")).isEmpty();
	}

	@Test
	void requestsOfAnAuthenticatedUserAreNotCachedUnlessTheAnnotationOptsIn() throws Exception {
		get("/cached/counter");
		HttpResponse<String> alice = get("/cached/counter", "X-User", "alice");
		assertThat(alice.headers().firstValue("X-Cache")).isEmpty();
		assertThat(alice.body()).startsWith("render 2");
		assertThat(get("/cached/counter", "X-User", "alice").body()).startsWith("render 3");

		assertThat(get("/cached/mine", "X-User", "alice").body()).isEqualTo("mine alice 1");
		assertThat(get("/cached/mine", "X-User", "bob").body()).isEqualTo("mine bob 2");
		HttpResponse<String> aliceAgain = get("/cached/mine", "X-User", "alice");
		assertThat(aliceAgain.body()).isEqualTo("mine alice 1");
		assertThat(aliceAgain.headers().firstValue("X-Cache")).hasValue("HIT");
	}

	@Test
	void anApplicationFilterAtTheDefaultOrderRunsBeforeACachedAnswer() throws Exception {
		assertThat(get("/cached/members/news", "X-Token", "t").headers().firstValue("X-Cache")).hasValue("MISS");
		assertThat(get("/cached/members/news", "X-Token", "t").headers().firstValue("X-Cache")).hasValue("HIT");
		HttpResponse<String> withoutToken = get("/cached/members/news");
		assertThat(withoutToken.statusCode()).isEqualTo(401);
		assertThat(withoutToken.body()).doesNotContain("members news");
		assertThat(withoutToken.headers().firstValue("X-Cache")).isEmpty();
		assertThat(this.renders.count("members")).isEqualTo(1);
	}

	@Test
	void aRouteHandlerGetIsCachedToo() throws Exception {
		assertThat(get("/api/stats").body()).isEqualTo("{\"renders\":1}");
		HttpResponse<String> hit = get("/api/stats");
		assertThat(hit.body()).isEqualTo("{\"renders\":1}");
		assertThat(hit.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(hit.headers().firstValue("Content-Type")).hasValue("application/json");
	}

	@Test
	void concurrentMissesOfOneUrlRunTheHandlerOnce() throws Exception {
		this.renders.hold();
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			responses.add(this.http.sendAsync(request("/cached/slow").build(), BodyHandlers.ofString()));
		}
		awaitWaiting(7); // one request renders, seven wait for it
		this.renders.release();
		for (CompletableFuture<HttpResponse<String>> response : responses) {
			assertThat(response.get(10, TimeUnit.SECONDS).body()).isEqualTo("slow 1");
		}
		assertThat(this.renders.count("slow")).isEqualTo(1);
	}

	@Test
	void pastRevalidateSecondsTheStaleResponseIsServedWhileExactlyOneBackgroundRefreshRuns() throws Exception {
		assertThat(get("/cached/swr").body()).isEqualTo("swr 1");
		this.renders.hold();
		// past its revalidate second, the first request that sees it stale starts the one refresh
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> "STALE".equals(get("/cached/swr").headers().firstValue("X-Cache").orElse("")));
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			responses.add(this.http.sendAsync(request("/cached/swr").build(), BodyHandlers.ofString()));
		}
		for (CompletableFuture<HttpResponse<String>> response : responses) {
			HttpResponse<String> stale = response.get(10, TimeUnit.SECONDS);
			assertThat(stale.body()).isEqualTo("swr 1");
			assertThat(stale.headers().firstValue("X-Cache")).hasValue("STALE");
		}
		waitUntil(() -> this.renders.count("swr") == 2);
		assertThat(get("/cached/swr").body()).isEqualTo("swr 1");
		this.renders.release();
		waitUntil(() -> hitBody("/cached/swr").equals("swr 2"));
		assertThat(this.renders.count("swr")).isEqualTo(2);
	}

	@Test
	void staleModeRevalidationServesTheOldResponseUntilTheBackgroundRefreshLands() throws Exception {
		assertThat(get("/api/stats").body()).isEqualTo("{\"renders\":1}");
		assertThat(this.revalidation.revalidateTag(Mode.STALE, "stats")).isEqualTo(1);
		HttpResponse<String> stale = get("/api/stats");
		assertThat(stale.headers().firstValue("X-Cache")).hasValue("STALE");
		assertThat(stale.body()).isEqualTo("{\"renders\":1}");
		waitUntil(() -> hitBody("/api/stats").equals("{\"renders\":2}"));
	}

	@Test
	void revalidatesRunsAfterASuccessfulHandler() throws Exception {
		get("/cached/counter");
		assertThat(post("/todos", "title=milk").statusCode()).isEqualTo(201);
		HttpResponse<String> next = get("/cached/counter");
		assertThat(next.headers().firstValue("X-Cache")).hasValue("MISS");
		assertThat(next.body()).startsWith("render 2");
	}

	@Test
	void revalidatesDoesNotRunAfterAValidationErrorOrAFailure() throws Exception {
		get("/cached/counter");
		assertThat(post("/todos", "title=").statusCode()).isEqualTo(422);
		assertThat(post("/todos/strict", "title=").statusCode()).isEqualTo(400);
		assertThat(post("/todos", "title=boom").statusCode()).isEqualTo(500);
		HttpResponse<String> next = get("/cached/counter");
		assertThat(next.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(next.body()).startsWith("render 1");
	}

	@Test
	void revalidatesRunsBeforeARedirectAndNotWhenTheFormIsRenderedAgainWithErrors() throws Exception {
		get("/cached/counter");
		HttpResponse<String> invalid = post("/form/todos", "title=");
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("title is required");
		assertThat(get("/cached/counter").headers().firstValue("X-Cache")).hasValue("HIT");
		HttpResponse<String> valid = post("/form/todos", "title=milk");
		assertThat(valid.statusCode()).isEqualTo(302);
		assertThat(get("/cached/counter").headers().firstValue("X-Cache")).hasValue("MISS");
	}

	@Test
	void revalidatesFillsPathVariablesOfTheHandlersOwnRequestIntoItsPathsAndTags() throws Exception {
		assertThat(get("/owners/7").body()).isEqualTo("owner 7 render 1");
		assertThat(get("/owners/8").body()).isEqualTo("owner 8 render 1");
		assertThat(get("/owners/7").headers().firstValue("X-Cache")).hasValue("HIT");
		this.owners.revalidatedTags.clear();
		assertThat(post("/owners/7/edit", "").statusCode()).isEqualTo(204);
		assertThat(get("/owners/7").body()).isEqualTo("owner 7 render 2");
		assertThat(get("/owners/8").headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(this.owners.revalidatedTags).contains(List.of("owner:7"));
	}

	@Test
	void revalidatesWorksOnRouteHandlerVerbMethods() throws Exception {
		get("/api/stats");
		assertThat(this.http.send(request("/api/stats").DELETE().build(), BodyHandlers.ofString()).statusCode())
			.isEqualTo(204);
		assertThat(get("/api/stats").body()).isEqualTo("{\"renders\":2}");
	}

	@Test
	void revalidatesAppliesOnceTheHandlerReturnedEvenWhenNoAcceptableRepresentationCanBeWritten()
			throws Exception {
		get("/cached/counter");
		assertThat(post("/todos/json", "title=milk", "Accept", "text/html").statusCode()).isEqualTo(406);
		assertRenderedAgain("/cached/counter");
	}

	@Test
	void revalidatesAppliesOnceTheHandlerReturnedEvenWhenWritingTheBodyFails() throws Exception {
		get("/cached/counter");
		assertThat(post("/todos/unwritable", "title=milk").statusCode()).isEqualTo(500);
		assertRenderedAgain("/cached/counter");
	}

	@Test
	void revalidatesAppliesToAJsonAnswerThatIsWritten() throws Exception {
		get("/cached/counter");
		HttpResponse<String> added = post("/todos/json", "title=milk");
		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(added.body()).isEqualTo("{\"title\":\"milk\"}");
		assertRenderedAgain("/cached/counter");
	}

	/** The page's second request after its first render is a miss: it was revalidated. */
	private void assertRenderedAgain(String path) throws Exception {
		HttpResponse<String> next = get(path);
		assertThat(next.headers().firstValue("X-Cache")).hasValue("MISS");
		assertThat(next.body()).startsWith("render 2");
	}

	private String hitBody(String path) {
		try {
			HttpResponse<String> response = get(path);
			return "HIT".equals(response.headers().firstValue("X-Cache").orElse("")) ? response.body() : "";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String defaultLocale() {
		return java.util.Locale.getDefault().toString();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder builder = request(path);
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return this.http.send(builder.build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form, String... headers) throws Exception {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded");
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return this.http.send(builder.POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
	}

	private static void waitUntil(BooleanSupplier condition) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(condition::getAsBoolean);
	}

	private void awaitWaiting(int count) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> this.renderCache.waiting() == count);
	}

}
