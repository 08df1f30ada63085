package org.springframework.samples.clinic;

import java.net.http.HttpResponse;

import dev.serveractions.shapes.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's languages with a cached page: a visitor's {@code ?lang=de} is kept in their
 * session (a {@code SessionLocaleResolver} and a {@code LocaleChangeInterceptor}), their pages
 * stay German, and nobody else is ever served the German page from the cache.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClinicLanguageTests {

	@LocalServerPort
	int port;

	@Test
	void aLanguageChosenWithLangStaysWithItsVisitorAndNeverReachesTheCachedPageOfOthers() throws Exception {
		Http english = new Http(this.port);
		Http german = new Http(this.port);
		assertThat(english.get("/vets.html").body()).contains("<h2 id=\"title\">Veterinarians</h2>");
		HttpResponse<String> cached = english.get("/vets.html");
		assertThat(cached.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(cached.headers().firstValue("Content-Language")).hasValue("en");

		HttpResponse<String> chosen = german.get("/vets.html?lang=de");
		assertThat(chosen.body()).contains("<h2 id=\"title\">Tierärzte</h2>", "lang=\"de\"");
		HttpResponse<String> later = german.get("/vets.html");
		assertThat(later.body()).contains("Tierärzte");
		assertThat(later.headers().firstValue("Content-Language")).hasValue("de");

		HttpResponse<String> others = new Http(this.port).get("/vets.html");
		assertThat(others.body()).contains("Veterinarians").doesNotContain("Tierärzte");
		assertThat(others.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(english.get("/vets.html?lang=de&utm_source=x").body()).contains("Tierärzte");
		assertThat(new Http(this.port).get("/vets.html").body()).contains("Veterinarians");
	}

}
