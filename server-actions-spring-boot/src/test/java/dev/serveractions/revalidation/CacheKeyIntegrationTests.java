package dev.serveractions.revalidation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

/** A response's key holds what its answer depends on, and nothing a client may vary at will. */
@SpringBootTest(classes = CacheTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class CacheKeyIntegrationTests {

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
	void queryParametersTheHandlerDoesNotDeclareOrReadShareTheEntry() throws Exception {
		assertThat(get("/cached/counter?page=1&utm_source=a").body()).startsWith("render 1 1");
		HttpResponse<String> other = get("/cached/counter?utm_source=b&page=1&x=" + System.nanoTime());
		assertThat(other.body()).startsWith("render 1 1");
		assertThat(other.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(get("/cached/counter?page=2").body()).startsWith("render 2 2");
		assertThat(this.renders.count("counter")).isEqualTo(2);
	}

	@Test
	void aQueryParameterTheRenderReadMakesDistinctEntries() throws Exception {
		assertThat(get("/cached/sorted?sort=name").body()).isEqualTo("sorted by name 1");
		assertThat(get("/cached/sorted?sort=date").body()).isEqualTo("sorted by date 2");
		assertThat(get("/cached/sorted").body()).isEqualTo("sorted by null 3");
		HttpResponse<String> again = get("/cached/sorted?junk=1&sort=name");
		assertThat(again.body()).isEqualTo("sorted by name 1");
		assertThat(again.headers().firstValue("X-Cache")).hasValue("HIT");
	}

	@Test
	void matrixParametersDoNotMakeEntries() throws Exception {
		assertThat(get("/cached/plain").body()).isEqualTo("plain 1");
		HttpResponse<String> withMatrix = get("/cached/plain;jsessionid=ABC;x=" + System.nanoTime());
		assertThat(withMatrix.body()).isEqualTo("plain 1");
		assertThat(withMatrix.headers().firstValue("X-Cache")).hasValue("HIT");
	}

	@Test
	void acceptLanguageMakesEntriesOnlyForAPageThatReadsTheLocale() throws Exception {
		assertThat(get("/cached/plain", "Accept-Language", "fr").body()).isEqualTo("plain 1");
		HttpResponse<String> german = get("/cached/plain", "Accept-Language", "de-CH;q=0.3");
		assertThat(german.body()).isEqualTo("plain 1");
		assertThat(german.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(get("/cached/counter", "Accept-Language", "fr").body()).isEqualTo("render 1  fr");
		assertThat(get("/cached/counter", "Accept-Language", "de").body()).isEqualTo("render 2  de");
		assertThat(get("/cached/counter", "Accept-Language", "fr").headers().firstValue("X-Cache")).hasValue("HIT");
	}

	@Test
	void acceptLanguageValuesThatResolveToOneLocaleShareTheEntry() throws Exception {
		assertThat(get("/cached/counter", "Accept-Language", "fr").body()).isEqualTo("render 1  fr");
		for (String same : new String[] { "fr;q=0.8, en;q=0.2", "fr, de;q=0.5", "FR" }) {
			HttpResponse<String> response = get("/cached/counter", "Accept-Language", same);
			assertThat(response.body()).as(same).isEqualTo("render 1  fr");
			assertThat(response.headers().firstValue("X-Cache")).as(same).hasValue("HIT");
		}
	}

	@Test
	void headersTheAnswerDoesNotDependOnShareTheEntry() throws Exception {
		get("/cached/plain", "X-Random", "1");
		HttpResponse<String> other = get("/cached/plain", "X-Random", "2", "User-Agent", "flood");
		assertThat(other.headers().firstValue("X-Cache")).hasValue("HIT");
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return this.http.send(builder.build(), BodyHandlers.ofString());
	}

}
