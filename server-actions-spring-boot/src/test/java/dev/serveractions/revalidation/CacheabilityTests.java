package dev.serveractions.revalidation;

import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class CacheabilityTests {

	@Test
	void aComplete200WithoutCookiesIsKept() {
		assertThat(Cacheability.forResponse(200, headers(), true)).isTrue();
		assertThat(Cacheability.forResponse(204, headers(), true)).isTrue();
	}

	@Test
	void statusesOtherThan2xxAndPartialContentAreNeverKept() {
		assertThat(Cacheability.forResponse(199, headers(), true)).isFalse();
		assertThat(Cacheability.forResponse(206, headers(), true)).isFalse();
		assertThat(Cacheability.forResponse(302, headers(), true)).isFalse();
		assertThat(Cacheability.forResponse(404, headers(), true)).isFalse();
		assertThat(Cacheability.forResponse(500, headers(), true)).isFalse();
	}

	@Test
	void aResponseThatSetsACookieIsNeverKeptWhateverTheCaseOfTheHeaderName() {
		assertThat(Cacheability.forResponse(200, headers("Set-Cookie", "seen=yes"), true)).isFalse();
		assertThat(Cacheability.forResponse(200, headers("set-cookie", "seen=yes"), true)).isFalse();
	}

	@Test
	void privateOrNoStoreCacheControlAndVaryStarAreNeverKept() {
		assertThat(Cacheability.forResponse(200, headers("Cache-Control", "private, max-age=60"), true)).isFalse();
		assertThat(Cacheability.forResponse(200, headers("Cache-Control", "No-Store"), true)).isFalse();
		assertThat(Cacheability.forResponse(200, headers("Vary", "*"), true)).isFalse();
		assertThat(Cacheability.forResponse(200, headers("Cache-Control", "public, max-age=60"), true)).isTrue();
		assertThat(Cacheability.forResponse(200, headers("Vary", "Accept"), true)).isTrue();
	}

	@Test
	void aResponseCommittedEarlyOrAsyncIsNeverKept() {
		assertThat(Cacheability.forResponse(200, headers(), false)).isFalse();
	}

	@Test
	void anAuthenticatedUsersRequestUsesTheCacheOnlyWhenTheAnnotationOptsIn() throws Exception {
		CachedResponse plain = policy("plain");
		CachedResponse optedIn = policy("optedIn");
		assertThat(Cacheability.forRequest(false, false, plain)).isTrue();
		assertThat(Cacheability.forRequest(true, false, plain)).isFalse();
		assertThat(Cacheability.forRequest(true, false, optedIn)).isTrue();
	}

	@Test
	void aRequestWithAuthorizationUsesTheCacheOnlyForASharedAnswerOrAUsersOwnEntry() throws Exception {
		assertThat(Cacheability.forRequest(false, true, policy("plain"))).isFalse();
		assertThat(Cacheability.forRequest(false, true, policy("optedIn"))).isFalse();
		assertThat(Cacheability.forRequest(false, true, policy("shared"))).isTrue();
		assertThat(Cacheability.forRequest(true, true, policy("optedIn"))).isTrue();
		assertThat(Cacheability.forRequest(true, true, policy("shared"))).isFalse();
	}

	@Test
	void aRenderThatUsedTheSessionIsKeptOnlyForASharedAnswerOrAUsersOwnEntry() throws Exception {
		assertThat(Cacheability.forSessionUse(false, policy("plain"))).isFalse();
		assertThat(Cacheability.forSessionUse(false, policy("optedIn"))).isFalse();
		assertThat(Cacheability.forSessionUse(true, policy("optedIn"))).isTrue();
		assertThat(Cacheability.forSessionUse(false, policy("shared"))).isTrue();
	}

	@Test
	void theVariedHeadersAreReadFromEveryVaryValueAndCookieOrStarMeanNotKept() {
		assertThat(Cacheability.variedHeaders(headers("Vary", "Accept-Language, X-Theme", "Vary", "Accept")))
			.containsExactly("accept", "accept-language", "x-theme");
		assertThat(Cacheability.variedHeaders(headers("Vary", "Accept, Cookie"))).isNull();
		assertThat(Cacheability.variedHeaders(headers("Vary", "accept, *"))).isNull();
		assertThat(Cacheability.forResponse(200, headers("Vary", "Cookie"), true)).isFalse();
	}

	private static CachedResponse policy(String method) throws NoSuchMethodException {
		return AnnotationUtils.findAnnotation(Policies.class.getDeclaredMethod(method), CachedResponse.class);
	}

	private static HttpHeaders headers(String... namesAndValues) {
		HttpHeaders headers = new HttpHeaders();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			headers.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return headers;
	}

	static class Policies {

		@CachedResponse
		void plain() {
		}

		@CachedResponse(authenticated = true)
		void optedIn() {
		}

		@CachedResponse(shared = true)
		void shared() {
		}

	}

}
