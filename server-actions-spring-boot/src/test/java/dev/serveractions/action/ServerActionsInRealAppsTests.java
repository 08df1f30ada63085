package dev.serveractions.action;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.serveractions.action.ownerapp.Owner;
import dev.serveractions.action.ownerapp.OwnerApplication;
import dev.serveractions.action.ownerapp.Owners;
import dev.serveractions.action.ownerapp.PetActions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.serveractions.action.ActionClient.hiddenFields;
import static dev.serveractions.action.ActionClient.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sample application's form handlers moved from {@code @PostMapping} to server actions, bodies
 * unchanged: path variables, load-then-bind, validation, flash, exception handling, where actions
 * may run and what a committed action answers.
 */
@SpringBootTest(classes = OwnerApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server-actions.secret=owners-secret-of-at-least-32-bytes!!")
@ExtendWith(OutputCaptureExtension.class)
class ServerActionsInRealAppsTests {

	private static final String RUNTIME_ACCEPT = "text/html, application/problem+json";

	@LocalServerPort
	int port;

	@Autowired
	Owners owners;

	@Autowired
	PetActions pets;

	@Autowired
	ServerActions actions;

	ActionClient client;

	Owner owner;

	@BeforeEach
	void setUp() {
		this.owners.reset();
		this.pets.calls.clear();
		this.owner = this.owners.save(new Owner(null, "George", "Madison"));
		this.client = new ActionClient(this.port);
	}

	String editPage() {
		return "/owners/" + this.owner.getId() + "/edit";
	}

	Map<String, String> form(String name, String... fields) {
		return with(Map.of(ServerActions.ACTION_FIELD, this.actions.id(name)), fields);
	}

	HttpResponse<String> fromRuntime(String path, String name, String... fields) throws Exception {
		return this.client.post(path, with(Map.of(), fields), "Sa-Action", this.actions.id(name), "Accept",
				RUNTIME_ACCEPT);
	}

	@Nested
	class PathVariablesAndModelAttributes {

		@Test
		void anActionPostedToAnEditPageTakesThePagesPathVariable() throws Exception {
			HttpResponse<String> response = ServerActionsInRealAppsTests.this.client.post(editPage(),
					form("owners.update", "name", "Betty", "city", "Sun Prairie"));
			assertThat(response.statusCode()).isEqualTo(303);
			assertThat(response.headers().firstValue("Location")).hasValue("/owners/" + owner.getId());
			assertThat(owners.find(owner.getId()).getName()).isEqualTo("Betty");
		}

		@Test
		void theBeansModelAttributeMethodLoadsTheEntityThatTheFormThenEdits() throws Exception {
			client.post(editPage(), form("owners.update", "name", "Betty"));
			Owner saved = owners.find(owner.getId());
			assertThat(saved.getName()).isEqualTo("Betty");
			assertThat(saved.getCity()).as("a field the form did not send keeps its loaded value").isEqualTo("Madison");
			assertThat(owners.all()).hasSize(1);
		}

		@Test
		void aModelAttributeMethodTakingABoundValueLeavesTheBeansOtherActionsWorking() throws Exception {
			HttpResponse<String> walk = client.post(editPage(), form("pets.walk"));
			assertThat(walk.statusCode()).isEqualTo(200);
			assertThat(walk.body()).contains("<p id=\"result\">walked</p>");
			Map<String, String> feed = hiddenFields(client.get(editPage()).body(), "id=\"pet\"");
			HttpResponse<String> fed = client.post(editPage(), feed);
			assertThat(fed.body()).contains("<p id=\"result\">fed pet 7</p>");
			assertThat(pets.calls).containsExactly("walk no pet", "feed 7 pet 7");
		}

	}

	@Nested
	class ValidationAndFlash {

		@Test
		void aValidationFailureRendersTheEditPageAgainAndItStaysAnEditPage() throws Exception {
			for (HttpResponse<String> response : List.of(
					client.post(editPage(), form("owners.update", "name", "", "city", "Elsewhere")),
					fromRuntime(editPage(), "owners.update", "name", "", "city", "Elsewhere"))) {
				assertThat(response.statusCode()).isEqualTo(422);
				assertThat(response.body()).contains("<p id=\"mode\">edit " + owner.getId() + "</p>")
					.contains("value=\"Elsewhere\"")
					.contains("<span id=\"name-errors\">must not be blank</span>");
				assertThat(hiddenFields(response.body(), "id=\"owner\""))
					.containsEntry(ServerActions.ACTION_FIELD, actions.id("owners.update"));
			}
			assertThat(owners.all()).singleElement().satisfies((stored) -> assertThat(stored.getCity()).isEqualTo("Madison"));
		}

		@Test
		void aFlashMessageAfterARedirectShowsOnceWithJavaScriptOff() throws Exception {
			HttpResponse<String> response = client.post(editPage(), form("owners.update", "name", "Betty"));
			String location = response.headers().firstValue("Location").orElseThrow();
			assertThat(client.get(location).body()).contains("<p id=\"message\">Owner details updated</p>");
			assertThat(client.get(location).body()).doesNotContain("Owner details updated");
		}

		@Test
		void theRuntimeFollowsTheRedirectAndTheFlashShowsOnce() throws Exception {
			HttpResponse<String> response = fromRuntime(editPage(), "owners.update", "name", "Betty");
			assertThat(response.statusCode()).isEqualTo(303);
			String location = response.headers().firstValue("Location").orElseThrow();
			assertThat(client.get(location).body()).contains("Owner details updated");
			assertThat(client.get(location).body()).doesNotContain("Owner details updated");
		}

		@Test
		void aVoidActionsFlashShowsOnceOnThePageWithJavaScriptOffAndInTheRuntimesAnswer() throws Exception {
			HttpResponse<String> off = client.post(editPage(), form("owners.touch"));
			assertThat(off.statusCode()).isEqualTo(303);
			assertThat(client.get(editPage()).body()).contains("<p id=\"message\">Touched " + owner.getId() + "</p>");
			assertThat(client.get(editPage()).body()).doesNotContain("Touched");
			HttpResponse<String> on = fromRuntime(editPage(), "owners.touch");
			assertThat(on.statusCode()).isEqualTo(200);
			assertThat(on.body()).contains("<p id=\"message\">Touched " + owner.getId() + "</p>");
			assertThat(client.get(editPage()).body()).doesNotContain("Touched");
		}

		@Test
		void aCreatedOwnersRedirectGoesToItsNewPage() throws Exception {
			HttpResponse<String> response = client.post("/owners/new", form("owners.create", "name", "Jean"));
			assertThat(response.statusCode()).isEqualTo(303);
			Owner created = owners.all().stream().filter((o) -> o.getName().equals("Jean")).findFirst().orElseThrow();
			assertThat(response.headers().firstValue("Location")).hasValue("/owners/" + created.getId());
			assertThat(client.get("/owners/" + created.getId()).body()).contains("New owner created");
		}

	}

	@Nested
	class Exceptions {

		@Test
		void theApplicationsControllerAdviceAnswersFirst() throws Exception {
			HttpResponse<String> response = client.post(editPage(), form("owners.conflict"));
			assertThat(response.statusCode()).isEqualTo(409);
			assertThat(response.body()).contains("<p id=\"reason\">Someone else edited this owner</p>");
		}

		@Test
		void theBeansOwnExceptionHandlerAnswers() throws Exception {
			HttpResponse<String> response = client.post(editPage(), form("owners.local"));
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("The bean's own handler answered.");
		}

		@Test
		void aResponseStatusExceptionAndAResponseStatusAnnotationKeepTheirStatus() throws Exception {
			assertThat(client.post(editPage(), form("owners.gone")).statusCode()).isEqualTo(410);
			assertThat(client.post(editPage(), form("owners.teapot")).statusCode()).isEqualTo(418);
		}

		@Test
		void aUserFacingExceptionRendersThePageWithItsMessage() throws Exception {
			HttpResponse<String> response = client.post(editPage(), form("owners.closed", "name", "Kept input"));
			assertThat(response.statusCode()).isEqualTo(422);
			assertThat(response.body()).contains("<p id=\"error\" role=\"alert\">Owners cannot be changed today.</p>");
		}

		@Test
		void anUnhandledExceptionShowsTheGenericMessageOnAPageThatShowsErrors(CapturedOutput log) throws Exception {
			HttpResponse<String> response = client.post(editPage(), form("owners.boom"));
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(response.body()).contains(UnhandledFailureResolver.GENERIC_ERROR).doesNotContain("hunter2");
			assertThat(log.getOut()).contains("Server action \"owners.boom\"");
		}

		@Test
		void onAPageThatDoesNotShowErrorsAFailureGetsTheApplicationsErrorPageNotTheQuietPage() throws Exception {
			String show = "/owners/" + owner.getId();
			HttpResponse<String> off = client.post(show, form("owners.boom"));
			assertThat(off.statusCode()).isEqualTo(500);
			assertThat(off.body()).doesNotContain("<h1 id=\"name\">").doesNotContain("hunter2");
			HttpResponse<String> on = fromRuntime(show, "owners.boom");
			assertThat(on.statusCode()).isEqualTo(500);
			assertThat(on.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(on.body()).contains(UnhandledFailureResolver.GENERIC_ERROR).contains("correlationId");
		}

	}

	@Nested
	class WhereActionsRun {

		@Test
		void onlyAtAPageNeverAtAnUnmappedPathAnEndpointARouteHandlerTheErrorPathOrAResource() throws Exception {
			for (String path : List.of("/does-not-exist", "/owners/" + owner.getId() + "/json", "/api/owners", "/error",
					"/_sa/runtime.js")) {
				HttpResponse<String> response = client.post(path, form("owners.update", "name", "Hacked"));
				assertThat(response.statusCode()).as(path).isEqualTo(404);
				assertThat(response.body()).as(path).contains("no page at this address");
				HttpResponse<String> json = client.post(path, Map.of("name", "Hacked"), "Sa-Action-Name",
						"owners.count", "Accept", "application/json");
				assertThat(json.statusCode()).as(path).isEqualTo(404);
				assertThat(json.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
			}
			assertThat(owners.find(owner.getId()).getName()).isEqualTo("George");
		}

	}

	@Nested
	class CommittedActions {

		@Test
		void whenThePageFailsToRenderAgainTheAnswerIsARedirectNeverTheRendersError() throws Exception {
			String badQuery = editPage() + "?tab=x";
			HttpResponse<String> off = client.post(badQuery, form("owners.count"));
			assertThat(off.statusCode()).isEqualTo(303);
			assertThat(off.headers().firstValue("Location")).hasValue(badQuery);
			HttpResponse<String> on = fromRuntime(badQuery, "owners.count");
			assertThat(on.statusCode()).isEqualTo(200);
			assertThat(on.headers().firstValue(Redirects.NAVIGATE_HEADER)).hasValue(badQuery);
		}

		@Test
		void anEntityDeletedByTheActionSendsTheRuntimeToThePage() throws Exception {
			HttpResponse<String> on = fromRuntime(editPage(), "owners.delete");
			assertThat(on.statusCode()).isEqualTo(200);
			assertThat(on.headers().firstValue(Redirects.NAVIGATE_HEADER)).hasValue(editPage());
			assertThat(owners.all()).isEmpty();
		}

		@Test
		void aTemplateErrorAfterTheActionCommittedIsARedirect(CapturedOutput log) throws Exception {
			String broken = "/owners/" + owner.getId() + "/broken";
			HttpResponse<String> off = client.post(broken, form("owners.count"));
			assertThat(off.statusCode()).isEqualTo(303);
			assertThat(off.headers().firstValue("Location")).hasValue(broken);
			HttpResponse<String> on = fromRuntime(broken, "owners.count");
			assertThat(on.statusCode()).isEqualTo(200);
			assertThat(on.headers().firstValue(Redirects.NAVIGATE_HEADER)).hasValue(broken);
			assertThat(log.getOut()).contains("succeeded, but rendering its page again failed");
		}

		@Test
		void aRedirectLocationIsAlwaysAPathOnThisOrigin() throws Exception {
			HttpResponse<String> response = client.post(editPage(), form("owners.rename"));
			assertThat(response.headers().firstValue("Location")).hasValue("/evil.example/owners/" + owner.getId());
		}

	}

	@Nested
	class BadInput {

		@Test
		void malformedFieldNamesOnAJavaBeanFormAreRefusedOrIgnoredNever5xx() throws Exception {
			for (String field : List.of("name[0]", "city[x].y", "name.x")) {
				HttpResponse<String> response = client.post(editPage(), Map.of(field, "1"), "Accept",
						"application/json", "Sa-Action-Name", "owners.update");
				assertThat(response.statusCode()).as(field).isIn(200, 400);
				assertThat(owners.find(owner.getId()).getName()).as(field).isEqualTo("George");
				assertThat(owners.find(owner.getId()).getCity()).as(field).isEqualTo("Madison");
			}
		}

		@Test
		void aBadlyEncodedBodyGetsTheLibrarys400WithoutAStackTraceOrItsTextInTheLog(CapturedOutput log)
				throws Exception {
			String body = ServerActions.ACTION_FIELD + "=" + actions.id("owners.update") + "&name=%E0%A4%A";
			HttpResponse<String> response = client.raw(editPage(), "application/x-www-form-urlencoded", body);
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("not correctly encoded");
			assertThat(log.getOut()).doesNotContain("\tat ").doesNotContain("%E0%A4%A");
			assertThat(owners.find(owner.getId()).getName()).isEqualTo("George");
		}

		@Test
		void aChunkedBodyOverTheLimitCountsItsBytes() throws Exception {
			String value = "\u00e9".repeat(330_000);   // 1.98 MB url-encoded, 330,000 characters
			HttpResponse<String> response = client.chunked(editPage(),
					ActionClient.form(form("owners.update", "name", value)));
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(owners.find(owner.getId()).getName()).isEqualTo("George");
		}

		@Test
		void aSignatureOfAKeyThisServerNoLongerHasIsAStaleFormNotABare400() throws Exception {
			String token = new Keyring("another-secret-of-at-least-32-bytes!", List.of()).sign("pets.feed",
					List.of("7"));
			Map<String, String> fields = form("pets.feed", ServerActions.BIND_FIELD, token, "note", "typed");
			HttpResponse<String> off = client.post(editPage(), fields);
			assertThat(off.statusCode()).isEqualTo(409);
			assertThat(off.body()).contains("This form is out of date").contains("value=\"typed\"");
			HttpResponse<String> on = client.post(editPage(),
					Map.of(ServerActions.BIND_FIELD, token, "note", "typed"), "Sa-Action", actions.id("pets.feed"),
					"Accept", RUNTIME_ACCEPT);
			assertThat(on.statusCode()).isEqualTo(409);
			assertThat(on.headers().firstValue(ServerActions.NOT_FOUND_HEADER)).hasValue("1");
			assertThat(pets.calls).isEmpty();
		}

	}


}
