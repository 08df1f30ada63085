package dev.serveractions.live;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import dev.serveractions.live.app.LiveTestApplication;
import dev.serveractions.revalidation.RevalidationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live page only a signed-in user may see, behind Spring Security's form login with its
 * defaults (every request authenticated, CSRF on): the event stream is a GET like any other, so
 * the application's rules decide who may open it, it needs no CSRF token, and the refresh GET of
 * the page carries the session cookie, so a signed-out tab gets the login redirect, never the page.
 */
@SpringBootTest(classes = { LiveTestApplication.class, LiveSecurityTests.Security.class },
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server-actions.live.heartbeat=100ms")
@ExtendWith(OutputCaptureExtension.class)
class LiveSecurityTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern RUNTIME_CSRF = Pattern.compile("data-csrf-token=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	RevalidationService revalidation;

	@Autowired
	LiveConnections connections;

	private final List<EventStream> streams = new ArrayList<>();

	@AfterEach
	void closeStreams(CapturedOutput log) throws Exception {
		for (EventStream stream : this.streams) {
			stream.close();
		}
		assertThat(EventStream.awaitNoStreams(this.connections)).as("streams the instance still holds").isZero();
		assertThat(log.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void anAnonymousClientsStreamIsRefusedLikeAnyProtectedGetAndIsNotWhereTheLoginLeadsAfterwards() throws Exception {
		String token = LivePagesIntegrationTests.subscriptionOf(signedIn().get("/board").body());
		Session anonymous = new Session();
		assertThat(anonymous.get("/board").statusCode()).isEqualTo(302);
		HttpResponse<String> stream = anonymous.stream(token);
		assertThat(stream.statusCode()).isEqualTo(302);
		assertThat(stream.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login"));
		assertThat(this.connections.size()).isZero();
		// signing in after the refused stream leads to the site, not to an event stream
		HttpResponse<String> login = anonymous.logIn();
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).doesNotContain("/_sa/live"));
	}

	@Test
	void aSignedInSessionOpensTheStreamWithoutACsrfTokenAndItsRefreshGetRendersThePage() throws Exception {
		Session user = signedIn();
		EventStream stream = user.open(LivePagesIntegrationTests.subscriptionOf(user.get("/board").body()));
		assertThat(stream.status()).isEqualTo(200);
		this.revalidation.revalidateTag("cards");
		assertThat(stream.next(Duration.ofSeconds(3))).isEqualTo("refresh");
		HttpResponse<String> refresh = user.get("/board");
		assertThat(refresh.statusCode()).isEqualTo(200);
		assertThat(refresh.body()).contains("<li>first card</li>");
	}

	@Test
	void afterSigningOutTheRefreshGetAndANewStreamAreRefusedBySecurity() throws Exception {
		Session user = signedIn();
		String page = user.get("/board").body();
		String token = LivePagesIntegrationTests.subscriptionOf(page);
		EventStream stream = user.open(token);
		assertThat(stream.status()).isEqualTo(200);
		HttpResponse<String> logout = user.post("/logout", "_csrf=" + find(RUNTIME_CSRF, page));
		assertThat(logout.statusCode()).isEqualTo(302);
		// the open stream only signals that something changed; what changed is not the tab's to see
		this.revalidation.revalidateTag("cards");
		assertThat(stream.next(Duration.ofSeconds(3))).isEqualTo("refresh");
		HttpResponse<String> refresh = user.get("/board");
		assertThat(refresh.statusCode()).isEqualTo(302);
		assertThat(refresh.body()).doesNotContain("first card");
		assertThat(user.stream(token).statusCode()).isEqualTo(302);
	}

	@Test
	void aFormBodyWithABadPercentEscapeIsA400ProblemEvenWhenSpringSecuritysCsrfCheckReadsItFirst() throws Exception {
		HttpResponse<String> answer = signedIn().post("/board", "text=%zz");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private Session signedIn() throws Exception {
		Session session = new Session();
		HttpResponse<String> login = session.logIn();
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).doesNotContain("error"));
		return session;
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as("%s in %s", pattern, page).isTrue();
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

	/** A browser's cookies: one session. Redirects are not followed, so that they can be seen. */
	private final class Session {

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> logIn() throws Exception {
			String form = get("/login").body();
			return post("/login", "username=ada&password=lovelace&_csrf=" + find(CSRF, form));
		}

		HttpResponse<String> get(String path) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
					BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), BodyHandlers.ofString());
		}

		/** The answer to opening a stream that is expected to be refused, within 5 s. */
		HttpResponse<String> stream(String token) throws Exception {
			return this.client.sendAsync(HttpRequest.newBuilder(uri("/_sa/live?s=" + encode(token)))
				.header("Accept", "text/event-stream")
				.build(), BodyHandlers.ofString()).get(5, TimeUnit.SECONDS);
		}

		EventStream open(String token) throws Exception {
			EventStream stream = EventStream.open(this.client, uri("/_sa/live?s=" + encode(token)).toString());
			LiveSecurityTests.this.streams.add(stream);
			return stream;
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + LiveSecurityTests.this.port + path);
		}

		private static String encode(String token) {
			return URLEncoder.encode(token, StandardCharsets.UTF_8);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class Security {

		@Bean
		SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults())
				.build();
		}

		@Bean
		UserDetailsService users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("ada").password("{noop}lovelace").roles("USER").build());
		}

		/** Where Spring Boot's security auto-configuration would put the filter chain. */
		@Bean
		FilterRegistrationBean<Filter> securityFilterRegistration(
				@Qualifier("springSecurityFilterChain") Filter chain) {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(chain);
			registration.setOrder(-100);
			return registration;
		}

	}

}
