package dev.serveractions.thymeleaf;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.serveractions.cache.CacheStore;
import dev.serveractions.revalidation.RevalidationService;
import dev.serveractions.thymeleaf.cacheapp.FragmentCacheTestApplication;
import dev.serveractions.thymeleaf.cacheapp.TodoPageController;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = FragmentCacheTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class FragmentCacheIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	RevalidationService revalidation;

	@Autowired
	CacheStore store;

	private final User alice = new User("alice", "alice-secret");

	private final User bob = new User("bob", "bob-secret");

	@BeforeEach
	void emptyCache() {
		this.store.clear();
		TodoPageController.fetches.set(0);
	}

	@Test
	void aHitServesTheRenderedElementWithoutEvaluatingItsBodyOrFetchingItsData() throws Exception {
		String first = this.alice.get("/todos");
		String second = this.alice.get("/todos");
		assertThat(TodoPageController.fetches).hasValue(1);
		assertThat(list(second).replaceAll(CSRF.pattern(), "")).isEqualTo(list(first).replaceAll(CSRF.pattern(), ""));
		assertThat(second).contains("<div id=\"list\" class=\"todos\">")
			.contains("<li>milk (page 1, fetch 1)</li>")
			.doesNotContain("sa:");
	}

	@Test
	void revalidatingTheTagOrThePathRendersTheFragmentAgain() throws Exception {
		this.alice.get("/todos");
		assertThat(this.revalidation.revalidateTag("todos")).isEqualTo(1);
		assertThat(this.alice.get("/todos")).contains("fetch 2");
		assertThat(this.revalidation.revalidatePath("/todos")).isEqualTo(1);
		assertThat(this.alice.get("/todos")).contains("fetch 3");
		assertThat(this.alice.get("/todos")).contains("fetch 3");
	}

	@Test
	void theKeyExpressionMakesDistinctEntries() throws Exception {
		assertThat(this.alice.get("/todos?page=1")).contains("milk (page 1, fetch 1)");
		assertThat(this.alice.get("/todos?page=2")).contains("milk (page 2, fetch 2)");
		assertThat(this.alice.get("/todos?page=1")).contains("milk (page 1, fetch 1)");
	}

	@Test
	void aQuotedLiteralAPlainNameAndAnExpressionWithTheSameValueNameTheSameFragment() throws Exception {
		String page = this.alice.get("/names");
		assertThat(page).contains("<p id=\"quoted\">quoted</p>")
			.contains("<p id=\"quoted\">quoted</p>\n<p id=\"quoted\">quoted</p>\n<p id=\"quoted\">quoted</p>")
			.doesNotContain("plain")
			.doesNotContain("expression");
		assertThat(this.revalidation.revalidateTag("names")).as("the quoted tag is the tag itself").isEqualTo(1);
	}

	@Test
	void aFormInACachedFragmentCarriesTheCurrentUsersCsrfTokenNotTheOneItWasRenderedFor() throws Exception {
		String alicePage = this.alice.get("/todos");
		String bobPage = this.bob.get("/todos");
		assertThat(TodoPageController.fetches).as("bob's fragment is a cache hit").hasValue(1);
		assertThat(bobPage).contains("<p id=\"user\">bob</p>");
		String aliceToken = csrfOf(alicePage);
		String bobToken = csrfOf(bobPage);
		assertThat(this.bob.post("/todos", "title=eggs&_csrf=" + URLEncoder.encode(bobToken, StandardCharsets.UTF_8)))
			.isEqualTo("200 added eggs for bob");
		assertThat(this.alice.post("/todos", "title=jam&_csrf=" + URLEncoder.encode(aliceToken, StandardCharsets.UTF_8)))
			.isEqualTo("200 added jam for alice");
		assertThat(this.bob.post("/todos", "title=ham&_csrf=" + URLEncoder.encode(aliceToken, StandardCharsets.UTF_8)))
			.startsWith("403");
		String aliceAgain = this.alice.get("/todos");
		assertThat(this.alice.post("/todos",
				"title=tea&_csrf=" + URLEncoder.encode(csrfOf(aliceAgain), StandardCharsets.UTF_8)))
			.isEqualTo("200 added tea for alice");
	}

	@Test
	void underSpringSecurityAnonymousResponsesAreCachedAndAUsersAreNot() throws Exception {
		HttpClient anonymous = HttpClient.newHttpClient();
		URI uri = URI.create("http://localhost:" + this.port + "/public/todos");
		// the very first render asks Spring Security for the CSRF field (which creates a session,
		// so it is not cached); from then on anonymous renders are cached
		anonymous.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString());
		HttpResponse<String> rendered = anonymous.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString());
		HttpResponse<String> hit = anonymous.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString());
		assertThat(hit.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(list(hit.body())).isEqualTo(list(rendered.body()).replace(csrfOf(rendered.body()), csrfOf(hit.body())));
		assertThat(hit.headers().firstValue("X-Content-Type-Options")).as("security headers").hasValue("nosniff");
		HttpResponse<String> asAlice = this.alice.response("/public/todos");
		assertThat(asAlice.headers().firstValue("X-Cache")).as("an authenticated request bypasses the cache").isEmpty();
		assertThat(asAlice.body()).contains("<p id=\"user\">anonymous</p>");
	}

	private static String csrfOf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a _csrf field in %s", page).isTrue();
		return matcher.group(1);
	}

	private static String list(String page) {
		return page.substring(page.indexOf("<div id=\"list\""), page.indexOf("</div>"));
	}

	private final class User {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private final String authorization;

		User(String name, String password) {
			this.authorization = "Basic " + Base64.getEncoder()
				.encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

		String get(String path) throws Exception {
			HttpResponse<String> response = this.http.send(request(path).GET().build(), BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}

		HttpResponse<String> response(String path) throws Exception {
			return this.http.send(request(path).GET().build(), BodyHandlers.ofString());
		}

		String post(String path, String form) throws Exception {
			HttpResponse<String> response = this.http.send(request(path)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers.ofString(form))
				.build(), BodyHandlers.ofString());
			return response.statusCode() + " " + response.body();
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + FragmentCacheIntegrationTests.this.port + path))
				.header("Authorization", this.authorization);
		}

	}

}
