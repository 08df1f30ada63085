package dev.serveractions.revalidation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.serveractions.cache.CacheVariant;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CacheKeysTests {

	private final CacheVariant keyring = (request) -> "keyring-3";

	private final CacheKeys keys = new CacheKeys(List.of("Accept"), List.of(this.keyring));

	@Test
	void aResponseKeyHoldsThePathTheVariantHeadersTheUserTheVariantsAndTheValuesOfItsShape() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/todos;jsessionid=1");
		request.setQueryString("page=2&utm=x");
		request.addParameter("page", "2");
		request.addParameter("utm", "x");
		request.addHeader("Accept-Language", "de");
		request.addHeader("Accept", "text/html");
		request.addHeader("X-Other", "ignored");
		request.setUserPrincipal(() -> "alice");
		String base = this.keys.responseBase(request, false);
		assertThat(base).isEqualTo("response /todos\nAccept: text/html\nuser: alice\nvariant: keyring-3");
		KeyShape shape = KeyShape.EMPTY.with(Set.of("page", "sort"), false, Set.of("Accept-Language"));
		assertThat(this.keys.response(base, request, shape, true))
			.isEqualTo(base + "\nparam page: 2,\nparam sort\nheader accept-language: de");
	}

	@Test
	void matrixParametersAreInTheKeyOnlyWhenTheHandlerDeclaresThem() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/todos;color=red");
		assertThat(this.keys.responseBase(request, true)).startsWith("response /todos;color=red\n");
	}

	@Test
	void aValueCannotPassForAnotherPartOfTheKey() {
		MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/todos");
		forged.addParameter("page", "2,\nparam sort: a");
		MockHttpServletRequest real = new MockHttpServletRequest("GET", "/todos");
		real.addParameter("page", "2");
		real.addParameter("sort", "a");
		KeyShape shape = KeyShape.EMPTY.with(Set.of("page", "sort"), false, Set.of());
		assertThat(this.keys.response("b", forged, shape, true)).isNotEqualTo(this.keys.response("b", real, shape, true));
	}

	@Test
	void requestsThatDifferOnlyInAnUnlistedHeaderShareAKey() {
		MockHttpServletRequest one = new MockHttpServletRequest("GET", "/todos");
		MockHttpServletRequest other = new MockHttpServletRequest("GET", "/todos");
		other.addHeader("X-Other", "something");
		assertThat(this.keys.responseBase(one, false)).isEqualTo(this.keys.responseBase(other, false));
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

}
