package dev.serveractions.action;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import dev.serveractions.action.app.ActionTestApplication;
import dev.serveractions.action.app.Note;
import dev.serveractions.action.app.NoteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.serveractions.action.ActionClient.buttonValue;
import static dev.serveractions.action.ActionClient.hiddenFields;
import static dev.serveractions.action.ActionClient.with;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = ActionTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server-actions.secret=test-secret-of-at-least-32-bytes!!!")
@ExtendWith(OutputCaptureExtension.class)
class ServerActionIntegrationTests {

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

	private String page() throws Exception {
		HttpResponse<String> page = this.client.get("/notes");
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	@Test
	void aFormPostsToItsOwnPageWithTheActionIdAndVoidAnswers303BackToThePage() throws Exception {
		String page = page();
		assertThat(page).contains("<form id=\"add\" method=\"post\"");
		assertThat(page).doesNotContain("xmlns:sa").doesNotContain("sa:action");
		Map<String, String> fields = hiddenFields(page, "id=\"add\"");
		assertThat(fields).containsEntry(ServerActions.ACTION_FIELD, this.actions.id("notes.add"));
		HttpResponse<String> response = this.client.post("/notes", with(fields, "text", "Buy milk", "due", ""));
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/notes");
		assertThat(this.store.all()).extracting(Note::text).containsExactly("Buy milk");
		assertThat(this.client.get("/notes").body()).contains("Buy milk");
	}

	@Test
	void theActionRunsInsteadOfThePagesOwnPostMapping() throws Exception {
		HttpResponse<String> plain = this.client.post("/notes", Map.of("text", "x"));
		assertThat(plain.body()).isEqualTo("page post");
		Map<String, String> fields = hiddenFields(page(), "id=\"add\"");
		this.client.post("/notes", with(fields, "text", "x"));
		assertThat(this.store.all()).hasSize(1);
	}

	@Test
	void aValidationFailureAnswers422WithThePageShowingTheInputAndTheErrors() throws Exception {
		Map<String, String> fields = hiddenFields(page(), "id=\"add\"");
		HttpResponse<String> response = this.client.post("/notes",
				with(fields, "text", "far too long for a note text", "due", ""));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("value=\"far too long for a note text\"")
			.containsPattern("<span id=\"text-error\">size must be between 0 and 20</span>");
		assertThat(this.store.all()).isEmpty();
		assertThat(this.store.calls).hasValue(0);
	}

	@Test
	void bindingFollowsInitBinderOfTheBeanAndControllerAdvice() throws Exception {
		Map<String, String> fields = hiddenFields(page(), "id=\"add\"");
		this.client.post("/notes", with(fields, "text", "  padded  ", "due", "24/12/2026"));
		assertThat(this.store.all()).singleElement().satisfies((note) -> {
			assertThat(note.text()).isEqualTo("padded");
			assertThat(note.due()).isEqualTo(LocalDate.of(2026, 12, 24));
		});
	}

	@Test
	void aWrongTypedFieldIsAValidationErrorAndChangesNothing() throws Exception {
		Map<String, String> fields = hiddenFields(page(), "id=\"add\"");
		HttpResponse<String> response = this.client.post("/notes", with(fields, "text", "ok", "due", "tomorrow"));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("value=\"tomorrow\"");
		assertThat(this.store.all()).isEmpty();
	}

	@Test
	void aBoundArgumentReachesTheActionAndARedirectAnswers303() throws Exception {
		Note note = this.store.add("Walk", null);
		String page = page();
		Map<String, String> fields = hiddenFields(page, "class=\"delete\"");
		assertThat(fields).containsKey(ServerActions.BIND_FIELD);
		HttpResponse<String> response = this.client.post("/notes", fields);
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/notes");
		assertThat(this.store.all()).doesNotContain(note).isEmpty();
	}

	@Test
	void aButtonWithFormactionSubmitsItsFormToAnotherAction() throws Exception {
		this.store.add("one", null);
		this.store.add("two", null);
		String page = page();
		Map<String, String> fields = hiddenFields(page, "id=\"add\"");
		HttpResponse<String> response = this.client.post("/notes",
				with(fields, "text", "", ServerActions.FORM_ACTION_FIELD, buttonValue(page, "clear")));
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(this.store.all()).isEmpty();
	}

	@Test
	void aReturnedValueAnswers200WithThePageShowingIt() throws Exception {
		this.store.add("one", null);
		String page = page();
		HttpResponse<String> response = this.client.post("/notes", with(hiddenFields(page, "id=\"add\""), "text",
				"typed", ServerActions.FORM_ACTION_FIELD, buttonValue(page, "count")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<p id=\"result\">1 notes</p>")
			.contains("<p id=\"ids\">" + this.actions.id("notes.add") + " true</p>");
		assertThat(page).contains("<p id=\"ids\">" + this.actions.id("notes.add") + " false</p>");
	}

	@Test
	void aJsonCallGetsTheOutcomeAsJson() throws Exception {
		this.store.add("one", null);
		HttpResponse<String> result = this.client.post("/notes", Map.of(), "Sa-Action-Name", "notes.count", "Accept",
				"application/json");
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(result.body()).isEqualTo("{\"outcome\":\"result\",\"result\":\"1 notes\"}");
		HttpResponse<String> invalid = this.client.post("/notes", Map.of("text", ""), "Sa-Action",
				this.actions.id("notes.add"), "Accept", "application/json");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(invalid.body()).contains("\"errors\":[{\"field\":\"text\",\"code\":\"NotBlank\",\"message\":\"must not be blank\"}]");
		HttpResponse<String> ok = this.client.post("/notes", Map.of("text", "json"), "Sa-Action",
				this.actions.id("notes.add"), "Accept", "application/json");
		assertThat(ok.body()).isEqualTo("{\"outcome\":\"ok\"}");
		assertThat(this.store.all()).extracting(Note::text).containsExactly("one", "json");
	}

	@Test
	void theRuntimeGetsThePageRenderedAgainInOneRoundTrip() throws Exception {
		HttpResponse<String> response = this.client.post("/notes", Map.of("text", "from script"), "Sa-Action",
				this.actions.id("notes.add"), "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue(ServerActions.OUTCOME_HEADER)).hasValue("ok");
		assertThat(response.body()).contains("<span class=\"text\">from script</span>");
	}

	@Test
	void aUserFacingExceptionShowsItsMessage() throws Exception {
		HttpResponse<String> page = this.client.post("/notes", Map.of(ServerActions.ACTION_FIELD,
				this.actions.id("notes.closed")));
		assertThat(page.statusCode()).isEqualTo(422);
		assertThat(page.body()).contains("Notes are closed today.");
		HttpResponse<String> json = this.client.post("/notes", Map.of(), "Sa-Action-Name", "notes.closed", "Accept",
				"application/json");
		assertThat(json.statusCode()).isEqualTo(422);
		assertThat(json.body()).contains("\"detail\":\"Notes are closed today.\"");
	}

	@Test
	void anyOtherExceptionShowsAGenericMessageAndACorrelationIdButNoDetails(CapturedOutput log) throws Exception {
		HttpResponse<String> page = this.client.post("/notes", Map.of(ServerActions.ACTION_FIELD,
				this.actions.id("notes.broken")));
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains(UnhandledFailureResolver.GENERIC_ERROR)
			.containsPattern("<span id=\"reference\">[0-9a-f-]{36}</span>")
			.doesNotContain("hunter2");
		java.util.regex.Matcher reference = java.util.regex.Pattern
			.compile("<span id=\"reference\">([0-9a-f-]{36})</span>")
			.matcher(page.body());
		assertThat(reference.find()).isTrue();
		assertThat(log.getOut()).contains("Server action \"notes.broken\"")
			.contains("correlationId=" + reference.group(1))
			.contains("database password is hunter2");
		HttpResponse<String> json = this.client.post("/notes", Map.of(), "Sa-Action-Name", "notes.broken", "Accept",
				"application/json");
		assertThat(json.statusCode()).isEqualTo(500);
		assertThat(json.body()).containsPattern("\"correlationId\":\"[0-9a-f-]{36}\"").doesNotContain("hunter2");
	}

	@Test
	void aMultipartFormUploadsAFile() throws Exception {
		Note note = this.store.add("with file", null);
		Map<String, String> fields = hiddenFields(page(), "class=\"attach\"");
		HttpResponse<String> response = this.client.multipart("/notes", fields, "hello.txt",
				"hello".getBytes());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("attached hello.txt");
		assertThat(this.store.all()).singleElement()
			.satisfies((stored) -> assertThat(stored.attachment()).isEqualTo("hello.txt (5 bytes)"));
		assertThat(note.id()).isPositive();
	}

	@Test
	void theRuntimeScriptIsServedByTheLibraryWithAContentVersion() throws Exception {
		java.util.regex.Matcher tag = java.util.regex.Pattern
			.compile("<script src=\"(/_sa/runtime\\.js\\?v=[0-9a-f]{10})\" defer=\"defer\"></script>")
			.matcher(page());
		assertThat(tag.find()).isTrue();
		HttpResponse<String> script = this.client.get(tag.group(1));
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).contains("javascript"));
		assertThat(script.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("max-age=31536000"));
		assertThat(script.body()).contains("window.ServerActions");
	}

}
