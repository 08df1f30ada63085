package dev.serveractions.action;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.serveractions.action.app.ActionTestApplication;
import dev.serveractions.action.app.Note;
import dev.serveractions.action.app.NoteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.serveractions.action.ActionClient.hiddenFields;
import static dev.serveractions.action.ActionClient.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Every refused request gets the right 4xx, says why, and changes nothing. */
@SpringBootTest(classes = ActionTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server-actions.secret=test-secret-of-at-least-32-bytes!!!", "server-actions.allowed-origins=https://admin.example",
				"server-actions.max-body-size=2KB" })
class ServerActionBadInputTests {

	@LocalServerPort
	int port;

	@Autowired
	NoteStore store;

	@Autowired
	ServerActions actions;

	ActionClient client;

	Note note;

	@BeforeEach
	void setUp() {
		this.store.reset();
		this.client = new ActionClient(this.port);
		this.note = this.store.add("keep me", null);
	}

	@AfterEach
	void nothingChanged() {
		assertThat(this.store.all()).containsExactly(this.note);
		assertThat(this.store.calls).hasValue(0);
	}

	private Map<String, String> addForm() throws Exception {
		return hiddenFields(this.client.get("/notes").body(), "id=\"add\"");
	}

	private Map<String, String> deleteForm() throws Exception {
		return hiddenFields(this.client.get("/notes").body(), "class=\"delete\"");
	}

	@Test
	void anUnknownIdFromAFormGets409AndAPageThatKeepsTheInput() throws Exception {
		HttpResponse<String> response = this.client.post("/notes",
				Map.of(ServerActions.ACTION_FIELD, "an-id-from-an-old-deployment", "text", "my precious <input>"));
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue(ServerActions.NOT_FOUND_HEADER)).hasValue("1");
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("This form is out of date")
			.contains("<form method=\"get\" action=\"/notes\">")
			.contains("name=\"text\" value=\"my precious &lt;input&gt;\"")
			.doesNotContain("an-id-from-an-old-deployment");
	}

	@Test
	void anUnknownIdFromTheRuntimeGets409ProblemWithTheSkewHeader() throws Exception {
		HttpResponse<String> response = this.client.post("/notes", Map.of("text", "x"), "Sa-Action", "stale-id");
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue(ServerActions.NOT_FOUND_HEADER)).hasValue("1");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":409");
	}

	@Test
	void aNameInTheHeaderThatIsNotAnActionGets404Problem() throws Exception {
		HttpResponse<String> response = this.client.post("/notes", Map.of(), "Sa-Action-Name", "noteStore.reset");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue(ServerActions.NOT_FOUND_HEADER)).hasValue("1");
		assertThat(response.body()).contains("There is no server action with that name.");
	}

	@Test
	void aTamperedBoundArgumentIsRejected() throws Exception {
		Note other = this.store.add("other", null);
		this.store.delete(other.id());
		Map<String, String> fields = deleteForm();
		String token = fields.get(ServerActions.BIND_FIELD);
		String forged = token.substring(0, token.indexOf('.') + 1)
				+ java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("999".getBytes());
		HttpResponse<String> response = this.client.post("/notes",
				with(fields, ServerActions.BIND_FIELD, forged));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("bound values are missing or were changed");
	}

	@Test
	void aBoundArgumentSignedForAnotherActionIsRejected() throws Exception {
		String attachToken = hiddenFields(this.client.get("/notes").body(), "class=\"attach\"")
			.get(ServerActions.BIND_FIELD);
		HttpResponse<String> response = this.client.post("/notes",
				with(deleteForm(), ServerActions.BIND_FIELD, attachToken));
		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void aMissingBoundArgumentIsRejected() throws Exception {
		Map<String, String> fields = deleteForm();
		fields.remove(ServerActions.BIND_FIELD);
		assertThat(this.client.post("/notes", fields).statusCode()).isEqualTo(400);
		assertThat(this.client.post("/notes", Map.of(), "Sa-Action-Name", "noteActions.delete").statusCode())
			.isEqualTo(400);
	}

	@Test
	void aCrossSitePostIsForbidden() throws Exception {
		Map<String, String> fields = with(addForm(), "text", "from evil");
		HttpResponse<String> byOrigin = this.client.post("/notes", fields, "Origin", "https://evil.example");
		assertThat(byOrigin.statusCode()).isEqualTo(403);
		assertThat(byOrigin.body()).contains("only accept posts from this site");
		HttpResponse<String> byFetchSite = this.client.post("/notes", fields, "Sec-Fetch-Site", "cross-site");
		assertThat(byFetchSite.statusCode()).isEqualTo(403);
		HttpResponse<String> opaque = this.client.post("/notes", fields, "Origin", "null");
		assertThat(opaque.statusCode()).isEqualTo(403);
		HttpResponse<String> script = this.client.post("/notes", Map.of("text", "x"), "Sa-Action-Name", "notes.add",
				"Origin", "https://evil.example");
		assertThat(script.statusCode()).isEqualTo(403);
	}

	@Test
	void aPostFromTheSameOriginOrAnAllowedOriginIsAccepted() throws Exception {
		Map<String, String> fields = with(addForm(), "text", "fine");
		assertThat(this.client.post("/notes", fields, "Origin", "http://localhost:" + this.port, "Sec-Fetch-Site",
				"same-origin").statusCode()).isEqualTo(303);
		assertThat(this.client.post("/notes", fields, "Origin", "https://admin.example", "Sec-Fetch-Site",
				"cross-site").statusCode()).isEqualTo(303);
		assertThat(this.store.all()).hasSize(3);
		this.store.all().stream().filter((note) -> !note.equals(this.note)).forEach((n) -> this.store.delete(n.id()));
		this.store.calls.set(0);
	}

	@Test
	void aBodyOverTheLimitGets413() throws Exception {
		String big = "x".repeat(4096);
		HttpResponse<String> form = this.client.post("/notes", with(addForm(), "text", big));
		assertThat(form.statusCode()).isEqualTo(413);
		HttpResponse<String> script = this.client.post("/notes", Map.of("text", big), "Sa-Action-Name", "notes.add",
				"Accept", "application/json");
		assertThat(script.statusCode()).isEqualTo(413);
		assertThat(script.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		HttpResponse<String> upload = this.client.multipart("/notes",
				with(hiddenFields(this.client.get("/notes").body(), "class=\"attach\"")), "big.txt", big.getBytes());
		assertThat(upload.statusCode()).isEqualTo(413);
	}

	@Test
	void aMalformedMultipartBodyGets400() throws Exception {
		HttpResponse<String> response = this.client.raw("/notes", "multipart/form-data; boundary=nope",
				"--nope\r\nContent-Disposition: form-data; name=\"_sa_action\"\r\n\r\nabc", "Sa-Action",
				this.actions.id("notes.add"));
		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void aMissingOrWrongTypedParameterGets400() throws Exception {
		HttpResponse<String> missing = this.client.post("/notes", Map.of(), "Sa-Action-Name", "notes.limit");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("max");
		HttpResponse<String> wrongType = this.client.post("/notes",
				Map.of(ServerActions.ACTION_FIELD, this.actions.id("notes.limit"), "max", "lots"));
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).doesNotContain("Exception");
	}

	@Test
	void malformedFieldNamesAreA400Or422ProblemNotA500() throws Exception {
		for (String field : List.of("text[0]", "text.x", "due[1].y")) {
			HttpResponse<String> json = this.client.post("/notes", Map.of(field, "1"), "Sa-Action-Name", "notes.add",
					"Accept", "application/json");
			assertThat(json.statusCode()).as(field).isBetween(400, 422);
			assertThat(json.headers().firstValue("Content-Type")).as(field).hasValue("application/problem+json");
			HttpResponse<String> page = this.client.post("/notes", with(addForm(), field, "1"));
			assertThat(page.statusCode()).as(field).isBetween(400, 422);
			assertThat(page.body()).as(field).doesNotContain("Exception");
		}
	}

	@Test
	void aMissingRequiredFieldIsAValidationFailure() throws Exception {
		Map<String, String> fields = addForm();
		HttpResponse<String> response = this.client.post("/notes", fields);
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("must not be blank");
	}

}
