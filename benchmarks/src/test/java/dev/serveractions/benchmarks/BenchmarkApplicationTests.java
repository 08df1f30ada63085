package dev.serveractions.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark compares like with like only while every variant answers what it is meant to:
 * the route handler and the controller the same bytes, the action variants their status with the
 * work done, the cached page the bytes of its render (run.sh also checks the Next.js variants).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BenchmarkApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theRouteHandlerAndTheControllerAnswerTheSameTwentyTodos() throws Exception {
		HttpResponse<byte[]> route = get("/route/todos");
		HttpResponse<byte[]> controller = get("/controller/todos");
		assertThat(route.statusCode()).isEqualTo(200);
		assertThat(controller.statusCode()).isEqualTo(200);
		assertThat(route.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(route.headers().firstValue("Content-Type"))
			.isEqualTo(controller.headers().firstValue("Content-Type"));
		assertThat(route.body()).isEqualTo(controller.body());
		String json = new String(route.body());
		assertThat(json).startsWith("[{\"id\":1,\"text\":\"Todo number 1\",\"done\":false},")
			.endsWith(",{\"id\":20,\"text\":\"Todo number 20\",\"done\":false}]");
		assertThat(json.split("\"id\":")).hasSize(21);
	}

	@Test
	void theServerActionWithJavaScriptOffAddsTheEntryAndRedirectsBackToItsPage() throws Exception {
		long before = count();
		HttpResponse<byte[]> response = post("/actions/page",
				"_sa_action=" + actionId() + "&text=Signed+with+JavaScript+off");
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/actions/page");
		assertThat(count()).isEqualTo(before + 1);
		assertThat(new String(get("/actions/page").body())).contains("<li>Signed with JavaScript off</li>");
	}

	@Test
	void theServerActionThroughTheRuntimeAnswersThePageWithTheNewEntryInOneRoundTrip() throws Exception {
		String id = actionId();
		long before = count();
		HttpResponse<byte[]> response = post("/actions/page", "_sa_action=" + id + "&text=Signed+by+the+runtime",
				"Sa-Action", id, "Accept", "text/html, application/problem+json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
		assertThat(new String(response.body())).contains("<h1>Guestbook</h1>", "<li>Signed by the runtime</li>");
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void thePostMappingBaselineDoesTheSameWorkAndRedirects() throws Exception {
		long before = count();
		HttpResponse<byte[]> response = post("/classic/page", "text=Signed+through+the+PostMapping");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/classic/page"));
		assertThat(count()).isEqualTo(before + 1);
		assertThat(new String(get("/classic/page").body())).contains("<li>Signed through the PostMapping</li>");
	}

	@Test
	void theGuestbookPageShowsOnlyTheLatestTwentyEntries() throws Exception {
		String id = actionId();
		for (int i = 1; i <= 25; i++) {
			assertThat(post("/actions/page", "_sa_action=" + id + "&text=Entry+" + i).statusCode()).isEqualTo(303);
		}
		String page = new String(get("/actions/page").body());
		assertThat(page.split("<li>")).hasSize(21);
		assertThat(page).contains("<li>Entry 25</li>", "<li>Entry 6</li>").doesNotContain("<li>Entry 5</li>");
	}

	@Test
	void theCachedTablePageIsAHitWithTheBytesOfItsUncachedRender() throws Exception {
		HttpResponse<byte[]> uncached = get("/cache/table");
		get("/cache/table-cached");
		HttpResponse<byte[]> cached = get("/cache/table-cached");
		assertThat(uncached.statusCode()).isEqualTo(200);
		assertThat(cached.statusCode()).isEqualTo(200);
		assertThat(cached.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(cached.body()).isEqualTo(uncached.body());
		String html = new String(cached.body());
		assertThat(html.split("<tr>")).hasSize(1002);
		assertThat(html).contains("<td>Item 1000</td>");
	}

	@Test
	void theWriteOfTheReadUnderWritesMixExpiresTheCachedTable() throws Exception {
		get("/cache/table-cached");
		assertThat(get("/cache/table-cached").headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(post("/cache/table/revalidate", "").statusCode()).isEqualTo(204);
		assertThat(get("/cache/table-cached").headers().firstValue("X-Cache")).hasValue("MISS");
	}

	@Test
	void thePurgeOfThePurgeStormExpiresTheCachedTable() throws Exception {
		get("/cache/table-cached");
		assertThat(get("/cache/table-cached").headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(post("/cache/purge", "").statusCode()).isEqualTo(204);
		assertThat(get("/cache/table-cached").headers().firstValue("X-Cache")).hasValue("MISS");
	}

	@Test
	void theRevalidateTagMeasurementReportsBothMedians() throws Exception {
		HttpResponse<byte[]> response = post("/cache/bench/revalidate-tag?unrelated=1000&iterations=20", "");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(new String(response.body())).contains("\"unrelatedEntries\":1000", "\"medianNanosWithNone\":",
				"\"medianNanosWithUnrelated\":", "\"ratio\":");
	}

	/** The action id the JS-off form carries, as run.sh reads it. */
	private String actionId() throws Exception {
		Matcher matcher = Pattern.compile("name=\"_sa_action\" value=\"([^\"]+)\"")
			.matcher(new String(get("/actions/page").body()));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private long count() throws Exception {
		return Long.parseLong(new String(get("/actions/count").body()));
	}

	private HttpResponse<byte[]> post(String path, String form, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), BodyHandlers.ofByteArray());
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return this.http.send(request, BodyHandlers.ofByteArray());
	}

}
