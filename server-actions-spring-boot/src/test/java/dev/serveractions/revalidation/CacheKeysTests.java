package dev.serveractions.revalidation;

import java.util.List;
import java.util.Locale;

import dev.serveractions.cache.CacheVariant;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CacheKeysTests {

	private final CacheVariant keyring = (request) -> "keyring-3";

	private final CacheKeys keys = new CacheKeys(List.of("Accept"), List.of(this.keyring));

	@Test
	void aResponseKeyHoldsThePathQueryAcceptLanguageTheVariantHeadersTheUserAndTheVariants() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/todos");
		request.setQueryString("page=2");
		request.addHeader("Accept-Language", "de");
		request.addHeader("Accept", "text/html");
		request.addHeader("X-Other", "ignored");
		request.setUserPrincipal(() -> "alice");
		assertThat(this.keys.response(request)).isEqualTo(
				"response /todos?page=2\nAccept-Language: de\nAccept: text/html\nuser: alice\nvariant: keyring-3");
	}

	@Test
	void requestsThatDifferOnlyInAnUnlistedHeaderShareAKey() {
		MockHttpServletRequest one = new MockHttpServletRequest("GET", "/todos");
		MockHttpServletRequest other = new MockHttpServletRequest("GET", "/todos");
		other.addHeader("X-Other", "something");
		assertThat(this.keys.response(one)).isEqualTo(this.keys.response(other));
	}

	@Test
	void aFragmentKeyHoldsItsNamePathLocaleKeyAndTheVariantsButNotTheUser() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/todos");
		request.setUserPrincipal(() -> "alice");
		assertThat(this.keys.fragment(request, "todo-list", "/todos", Locale.GERMAN, "2"))
			.isEqualTo("fragment todo-list\npath: /todos\nlocale: de\nkey: 2\nvariant: keyring-3");
		assertThat(this.keys.fragment(request, "todo-list", "/todos", Locale.GERMAN, null))
			.isEqualTo("fragment todo-list\npath: /todos\nlocale: de\nvariant: keyring-3");
	}

	@Test
	void acceptLanguageIsListedOnceWhateverTheConfiguredHeaders() {
		CacheKeys withIt = new CacheKeys(List.of("accept-language", "Accept"), List.of());
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("Accept-Language", "fr");
		assertThat(withIt.response(request)).isEqualTo("response /\nAccept-Language: fr");
	}

}
