package dev.serveractions.revalidation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import dev.serveractions.cache.CacheStore;
import dev.serveractions.revalidation.app.CacheTestApplication;
import dev.serveractions.revalidation.app.Renders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The response cache is shared by all clients, so it keeps to RFC 9111's rules for shared caches. */
@SpringBootTest(classes = CacheTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SharedCacheRulesIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Renders renders;

	@Autowired
	CacheStore store;

	@BeforeEach
	void emptyCache() {
		this.store.clear();
		this.renders.reset();
	}

	@Test
	void anAnswerToARequestWithAuthorizationIsNotStoredForAnAnonymousClient() throws Exception {
		HttpResponse<String> alice = get("/cached/greeting", "Authorization", "Bearer alice");
		assertThat(alice.body()).isEqualTo("hello alice 1");
		assertThat(alice.headers().firstValue("X-Cache")).isEmpty();
		HttpResponse<String> anonymous = get("/cached/greeting");
		assertThat(anonymous.body()).isEqualTo("hello anyone 2");
		assertThat(anonymous.headers().firstValue("X-Cache")).hasValue("MISS");
	}

	@Test
	void aRequestWithAuthorizationIsNotAnsweredFromAnAnonymousEntry() throws Exception {
		assertThat(get("/cached/greeting").body()).isEqualTo("hello anyone 1");
		assertThat(get("/cached/greeting").headers().firstValue("X-Cache")).hasValue("HIT");
		HttpResponse<String> bob = get("/cached/greeting", "Authorization", "Bearer bob");
		assertThat(bob.body()).isEqualTo("hello bob 2");
		assertThat(bob.headers().firstValue("X-Cache")).isEmpty();
	}

	@Test
	void aHandlerThatSaysItsAnswerIsSharedIsCachedForRequestsWithAuthorization() throws Exception {
		assertThat(get("/cached/catalog", "Authorization", "Bearer alice").headers().firstValue("X-Cache"))
			.hasValue("MISS");
		HttpResponse<String> anonymous = get("/cached/catalog");
		assertThat(anonymous.body()).isEqualTo("catalog 1");
		assertThat(anonymous.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(get("/cached/catalog", "Authorization", "Bearer bob").headers().firstValue("X-Cache"))
			.hasValue("HIT");
	}

	@Test
	void aResponseThatVariesOnARequestHeaderIsStoredOncePerValueOfIt() throws Exception {
		assertThat(get("/cached/themed", "X-Theme", "dark").body()).isEqualTo("theme dark 1");
		HttpResponse<String> light = get("/cached/themed", "X-Theme", "light");
		assertThat(light.body()).isEqualTo("theme light 2");
		HttpResponse<String> darkAgain = get("/cached/themed", "X-Theme", "dark");
		assertThat(darkAgain.body()).isEqualTo("theme dark 1");
		assertThat(darkAgain.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(get("/cached/themed").body()).isEqualTo("theme null 3");
	}

	@Test
	void aResponseThatVariesOnCookieIsNeverStored() throws Exception {
		get("/cached/per-cookie", "Cookie", "a=1");
		HttpResponse<String> again = get("/cached/per-cookie", "Cookie", "a=1");
		assertThat(again.body()).isEqualTo("per cookie 2");
		assertThat(again.headers().firstValue("X-Cache")).hasValue("MISS");
	}

	@Test
	void privateAndNoStoreResponsesAreNeverStored() throws Exception {
		get("/cached/private");
		assertThat(get("/cached/private").body()).isEqualTo("private 2");
		get("/cached/no-store");
		assertThat(get("/cached/no-store").body()).isEqualTo("no-store 2");
	}

	@Test
	void aPageThatReadASessionValueIsNotServedToAnotherClient() throws Exception {
		String session = sessionWithBasket("milk");
		HttpResponse<String> mine = get("/cached/basket", "Cookie", session);
		assertThat(mine.body()).isEqualTo("basket milk 1");
		assertThat(mine.headers().firstValue("Set-Cookie")).isEmpty();
		HttpResponse<String> someoneElse = get("/cached/basket");
		assertThat(someoneElse.body()).isEqualTo("basket empty 2");
		assertThat(someoneElse.headers().firstValue("X-Cache")).hasValue("MISS");
	}

	@Test
	void aRequestThatOnlyCarriesASessionCookieStaysCacheable() throws Exception {
		String session = sessionWithBasket("milk");
		assertThat(get("/cached/plain", "Cookie", session).headers().firstValue("X-Cache")).hasValue("MISS");
		HttpResponse<String> again = get("/cached/plain", "Cookie", session);
		assertThat(again.body()).isEqualTo("plain 1");
		assertThat(again.headers().firstValue("X-Cache")).hasValue("HIT");
		HttpResponse<String> otherSession = get("/cached/plain", "Cookie", sessionWithBasket("tea"));
		assertThat(otherSession.body()).isEqualTo("plain 1");
		assertThat(otherSession.headers().firstValue("X-Cache")).hasValue("HIT");
	}

	@Test
	void aClientWhoseSessionHoldsWhatThePageLooksForIsNotServedTheAnswerOfOneWithout() throws Exception {
		assertThat(get("/cached/basket").body()).isEqualTo("basket empty 1");
		assertThat(get("/cached/basket").headers().firstValue("X-Cache")).hasValue("HIT");
		String session = sessionWithBasket("milk");
		HttpResponse<String> mine = get("/cached/basket", "Cookie", session);
		assertThat(mine.body()).isEqualTo("basket milk 2");
		assertThat(mine.headers().firstValue("X-Cache")).hasValue("MISS");
		assertThat(get("/cached/basket", "Cookie", session).body()).isEqualTo("basket milk 3");
	}

	@Test
	void aClientWithASessionIsServedAnEntryOnlyWhenItsSessionLacksWhatThePageFoundAbsent() throws Exception {
		String empty = emptySession();
		assertThat(get("/cached/basket", "Cookie", empty).body()).isEqualTo("basket empty 1");
		HttpResponse<String> hit = get("/cached/basket", "Cookie", emptySession());
		assertThat(hit.body()).isEqualTo("basket empty 1");
		assertThat(hit.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(get("/cached/basket", "Cookie", sessionWithBasket("tea")).body()).isEqualTo("basket tea 2");
	}

	/** A session without a basket. */
	private String emptySession() throws Exception {
		HttpResponse<String> added = this.http.send(request("/basket")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("item=none&empty=true"))
			.build(), BodyHandlers.ofString());
		return added.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
	}

	@Test
	void aHandlerThatSaysItsAnswerIsSharedIsStoredEvenWhenItReadTheSession() throws Exception {
		String session = sessionWithBasket("tea");
		assertThat(get("/cached/shared-basket", "Cookie", session).body()).isEqualTo("shared basket tea 1");
		HttpResponse<String> someoneElse = get("/cached/shared-basket");
		assertThat(someoneElse.body()).isEqualTo("shared basket tea 1");
		assertThat(someoneElse.headers().firstValue("X-Cache")).hasValue("HIT");
	}

	/** A session holding a basket, as the cookie that names it. */
	private String sessionWithBasket(String item) throws Exception {
		HttpResponse<String> added = this.http.send(request("/basket")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("item=" + item))
			.build(), BodyHandlers.ofString());
		assertThat(added.statusCode()).isEqualTo(200);
		return added.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
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

}
