package dev.serveractions.revalidation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page rendered in a locale is keyed by the locale the application resolves, not by the raw
 * {@code Accept-Language} a client sends: values that resolve to one locale share an entry, and a
 * locale resolved from elsewhere (a cookie) makes entries of its own.
 */
@SpringBootTest(classes = LocaleKeyIntegrationTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class LocaleKeyIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void languagesTheApplicationDoesNotSupportShareTheDefaultLocalesEntry() throws Exception {
		String first = get("/greeting/unsupported", "Accept-Language", "xq").body();
		assertThat(first).contains("<p>en ");
		for (String language : List.of("zz-ZZ;q=0.9", "ab, cd;q=0.5", "en-GB", "x" + System.nanoTime() % 100000)) {
			HttpResponse<String> other = get("/greeting/unsupported", "Accept-Language", language);
			assertThat(other.body()).as(language).isEqualTo(first);
			assertThat(other.headers().firstValue("X-Cache")).as(language).hasValue("HIT");
		}
		HttpResponse<String> french = get("/greeting/unsupported", "Accept-Language", "fr-CA, fr;q=0.9");
		assertThat(french.body()).contains("<p>fr ").isNotEqualTo(first);
		assertThat(get("/greeting/unsupported", "Accept-Language", "fr").headers().firstValue("X-Cache"))
			.hasValue("HIT");
	}

	@Test
	void aLocaleResolvedFromACookieMakesAnEntryOfItsOwn() throws Exception {
		String french = get("/greeting/cookie", "Cookie", "lang=fr").body();
		assertThat(french).contains("<p>fr ");
		HttpResponse<String> english = get("/greeting/cookie");
		assertThat(english.body()).contains("<p>en ");
		assertThat(get("/greeting/cookie", "Cookie", "lang=fr").body()).isEqualTo(french);
	}

	@Test
	void aHitSaysTheLanguageOfItsPageAsTheRenderDid() throws Exception {
		HttpResponse<String> miss = get("/greeting/language", "Cookie", "lang=fr");
		HttpResponse<String> hit = get("/greeting/language", "Cookie", "lang=fr");
		assertThat(miss.headers().firstValue("X-Cache")).hasValue("MISS");
		assertThat(hit.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(miss.headers().firstValue("Content-Language")).hasValue("fr");
		assertThat(hit.headers().firstValue("Content-Language")).hasValue("fr");
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return this.http.send(builder.build(), BodyHandlers.ofString());
	}

	@Controller
	static class GreetingController {

		private final AtomicInteger renders = new AtomicInteger();

		@GetMapping({ "/greeting/unsupported", "/greeting/cookie", "/greeting/language" })
		@CachedResponse
		String greeting(Model model) {
			model.addAttribute("render", this.renders.incrementAndGet());
			return "revalidation/greeting";
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(GreetingController.class)
	static class App {

		/** English and French; a {@code lang} cookie chooses, else {@code Accept-Language}. */
		@Bean
		LocaleResolver localeResolver() {
			AcceptHeaderLocaleResolver fromHeader = new AcceptHeaderLocaleResolver();
			fromHeader.setSupportedLocales(List.of(Locale.ENGLISH, Locale.FRENCH));
			fromHeader.setDefaultLocale(Locale.ENGLISH);
			CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
			resolver.setDefaultLocaleFunction(fromHeader::resolveLocale);
			return resolver;
		}

	}

}
