package dev.serveractions.action;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.serveractions.action.app.ActionTestApplication;
import dev.serveractions.action.app.Note;
import dev.serveractions.action.app.NoteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import static dev.serveractions.action.ActionClient.hiddenFields;
import static dev.serveractions.action.ActionClient.with;
import static org.assertj.core.api.Assertions.assertThat;

/** With Spring Security, action forms carry its CSRF token and posts without it are refused. */
@SpringBootTest(classes = { ActionTestApplication.class, ServerActionSecurityTests.Security.class },
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server-actions.secret=test-secret-of-at-least-32-bytes!!!")
class ServerActionSecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	NoteStore store;

	@Autowired
	ServerActions actions;

	ActionClient client;

	@BeforeEach
	void setUp() {
		this.store.reset();
		this.client = new ActionClient(this.port);
	}

	@Test
	void actionFormsCarryTheCsrfTokenOfSpringSecurity() throws Exception {
		String page = this.client.get("/notes").body();
		assertThat(hiddenFields(page, "id=\"add\"")).containsKeys("_sa_action", "_csrf");
		this.store.add("one", null);
		page = this.client.get("/notes").body();
		assertThat(hiddenFields(page, "class=\"delete\"")).containsKeys("_sa_action", "_sa_bind", "_csrf");
		assertThat(page).containsPattern("<script src=\"/_sa/runtime.js\\?v=\\w+\" defer=\"defer\" "
				+ "data-csrf-header=\"X-CSRF-TOKEN\" data-csrf-token=\"[^\"]+\"|data-csrf-header=\"X-CSRF-TOKEN\"");
	}

	@Test
	void aFormPostWithTheTokenRunsTheAction() throws Exception {
		Map<String, String> fields = hiddenFields(this.client.get("/notes").body(), "id=\"add\"");
		HttpResponse<String> response = this.client.post("/notes", with(fields, "text", "secured"));
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(this.store.all()).extracting(Note::text).containsExactly("secured");
	}

	@Test
	void aPostWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
		Map<String, String> fields = hiddenFields(this.client.get("/notes").body(), "id=\"add\"");
		fields.remove("_csrf");
		HttpResponse<String> response = this.client.post("/notes", with(fields, "text", "forged"));
		assertThat(response.statusCode()).isEqualTo(403);
		HttpResponse<String> script = this.client.post("/notes", Map.of("text", "forged"), "Sa-Action",
				this.actions.id("notes.add"));
		assertThat(script.statusCode()).isEqualTo(403);
		assertThat(this.store.all()).isEmpty();
		assertThat(this.store.calls).hasValue(0);
	}

	@Test
	void theRuntimeSendsTheTokenAsAHeader() throws Exception {
		String page = this.client.get("/notes").body();
		Matcher token = Pattern.compile("data-csrf-token=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		HttpResponse<String> response = this.client.post("/notes", Map.of(), "Sa-Action-Name", "notes.count",
				"Accept", "application/json", "X-CSRF-TOKEN", token.group(1));
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void theActionReceivesThePrincipal() throws Exception {
		String page = this.client.get("/notes").body();
		Matcher token = Pattern.compile("data-csrf-token=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		HttpResponse<String> response = this.client.post("/notes", Map.of(), "Sa-Action-Name", "notes.whoami",
				"Accept", "application/json", "X-CSRF-TOKEN", token.group(1), "Authorization",
				"Basic " + Base64.getEncoder().encodeToString("ada:lovelace".getBytes()));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("you are ada");
	}

	@Test
	void springSecurityAnswersAnAccessDeniedInAnAction() throws Exception {
		String page = this.client.get("/notes").body();
		Matcher token = Pattern.compile("data-csrf-token=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		HttpResponse<String> anonymous = this.client.post("/notes", Map.of(), "Sa-Action-Name", "notes.admin",
				"Accept", "application/json", "X-CSRF-TOKEN", token.group(1));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		HttpResponse<String> user = this.client.post("/notes", Map.of(), "Sa-Action-Name", "notes.admin", "Accept",
				"application/json", "X-CSRF-TOKEN", token.group(1), "Authorization",
				"Basic " + Base64.getEncoder().encodeToString("ada:lovelace".getBytes()));
		assertThat(user.statusCode()).isEqualTo(403);
	}

	@Test
	void securityExceptionsAreRecognisedByTypeNotByPackage() throws Exception {
		String page = this.client.get("/notes").body();
		Matcher token = Pattern.compile("data-csrf-token=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		String basic = "Basic " + Base64.getEncoder().encodeToString("ada:lovelace".getBytes());
		HttpResponse<String> subclass = this.client.post("/notes", Map.of(), "Sa-Action-Name", "notes.private",
				"Accept", "application/json", "X-CSRF-TOKEN", token.group(1), "Authorization", basic);
		assertThat(subclass.statusCode()).isEqualTo(403);
		assertThat(subclass.body()).doesNotContain("correlationId");
		HttpResponse<String> authentication = this.client.post("/notes", Map.of(), "Sa-Action-Name",
				"notes.reauthenticate", "Accept", "application/json", "X-CSRF-TOKEN", token.group(1));
		assertThat(authentication.statusCode()).isEqualTo(401);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class Security {

		@Bean
		SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

		@Bean
		UserDetailsService users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("ada").password("{noop}lovelace").roles("USER").build());
		}

	}

}
