package dev.serveractions.action;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;

import dev.serveractions.action.visitapp.VisitApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.serveractions.action.ActionClient.hiddenFields;
import static dev.serveractions.action.ActionClient.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application shaped as Spring's best-known sample: a package-private {@code @Controller}
 * whose form handlers became actions in place, its {@code @ModelAttribute} loader taking a bound
 * value, one template for create and edit choosing its action by an expression, a package-private
 * actions bean and route handler.
 */
@SpringBootTest(classes = VisitApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server-actions.secret=visits-secret-of-at-least-32-bytes!!")
class PackagePrivateClassesTests {

	@LocalServerPort
	int port;

	@Autowired
	ServerActions actions;

	ActionClient client;

	@BeforeEach
	void setUp() {
		this.client = new ActionClient(this.port);
	}

	@Test
	void anActionInAPackagePrivateControllerIsNamedAfterTheControllerBeanAndRunsFromTheSharedTemplate()
			throws Exception {
		assertThat(this.actions.names()).contains("visitController.processCreationForm", "visits.update",
				"visits.cancel");
		Map<String, String> create = hiddenFields(this.client.get("/visits/new").body(), "id=\"visit\"");
		assertThat(create).containsEntry(ServerActions.ACTION_FIELD,
				this.actions.id("visitController.processCreationForm"));
		HttpResponse<String> created = this.client.post("/visits/new", with(create, "description", "Rabies shot"));
		assertThat(created.statusCode()).isEqualTo(303);
		String edit = created.headers().firstValue("Location").orElseThrow();
		assertThat(edit).matches("/visits/\\d+/edit");
		String editPage = this.client.get(edit).body();
		assertThat(editPage).contains("<p id=\"message\">New visit created</p>").contains("value=\"Rabies shot\"");

		Map<String, String> update = hiddenFields(editPage, "id=\"visit\"");
		assertThat(update).containsEntry(ServerActions.ACTION_FIELD, this.actions.id("visits.update"));
		HttpResponse<String> updated = this.client.post(edit, with(update, "description", "Rabies booster"));
		assertThat(updated.headers().firstValue("Location")).hasValue(edit);
		assertThat(this.client.get(edit).body()).contains("Visit updated").contains("value=\"Rabies booster\"");
	}

	@Test
	void theControllersModelAttributeTakesTheBoundValueInAnActionAndNullForThePagesGet() throws Exception {
		String page = this.client.get("/visits/new").body();
		assertThat(page).contains("<p id=\"pet\">no pet</p>");
		HttpResponse<String> fed = this.client.post("/visits/new", hiddenFields(page, "id=\"feed\""));
		assertThat(fed.statusCode()).isEqualTo(200);
		assertThat(fed.body()).contains("<p id=\"result\">fed pet 7</p>");
	}

	@Test
	void aPackagePrivateActionsBeanAndRouteHandlerAnswer() throws Exception {
		HttpResponse<String> created = this.client.post("/visits/new",
				with(Map.of(ServerActions.ACTION_FIELD, this.actions.id("visitController.processCreationForm")),
						"description", "Checkup"));
		String edit = created.headers().firstValue("Location").orElseThrow();
		assertThat(json("/api/visits")).contains("\"description\":\"Checkup\"");
		HttpResponse<String> cancelled = this.client.post(edit, hiddenFields(this.client.get(edit).body(),
				"id=\"cancel\""));
		assertThat(cancelled.body()).contains("<p id=\"result\">cancelled " + edit.split("/")[2] + "</p>");
		assertThat(json("/api/visits")).contains("\"description\":\"cancelled\"").doesNotContain("Checkup");
	}

	private String json(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(this.client.uri(path)).header("Accept", "application/json").build(),
					BodyHandlers.ofString())
			.body();
	}

}
