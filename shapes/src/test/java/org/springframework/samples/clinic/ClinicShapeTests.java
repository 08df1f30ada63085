package org.springframework.samples.clinic;

import java.net.http.HttpResponse;

import dev.serveractions.shapes.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application under {@code org.springframework.*} whose package-private controller's form
 * handlers became actions in place, on a real server with JavaScript off.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ClinicShapeTests {

	@LocalServerPort
	int port;

	@Autowired
	Owners owners;

	Http http;

	@BeforeEach
	void setUp() {
		this.owners.clear();
		this.http = new Http(this.port);
	}

	@Test
	void theCreateFormOfAnApplicationUnderOrgSpringframeworkPostsToItsAction() throws Exception {
		HttpResponse<String> page = this.http.get("/owners/new");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("New Owner").contains("name=\"_sa_action\"").contains("Add Owner");
	}

	@Test
	void creatingAnOwnerRedirectsToItsPageWithTheFlashMessageAndTheFormattedType() throws Exception {
		String form = this.http.get("/owners/new").body();
		HttpResponse<String> created = this.http.post("/owners/new",
				Http.form(form, "owner-form", "id", "", "name", "  George  ", "city", "Madison", "favouriteType", "dog"));
		assertThat(created.statusCode()).isEqualTo(303);
		Owner george = this.owners.findAll().get(0);
		assertThat(george.getName()).as("the controller's @InitBinder trims").isEqualTo("George");
		assertThat(george.getFavouriteType()).as("the application's formatter parses").isEqualTo(new PetType("dog"));
		assertThat(created.headers().firstValue("Location")).hasValue("/owners/" + george.getId());
		String details = this.http.get("/owners/" + george.getId()).body();
		assertThat(details).contains("New Owner Created").contains("<p id=\"type\">DOG</p>");
	}

	@Test
	void theSharedTemplateIsAnEditFormOnTheEditPageAndUpdatesTheSameOwner() throws Exception {
		Owner george = saved("George");
		String form = this.http.get("/owners/" + george.getId() + "/edit").body();
		assertThat(form).contains("Edit Owner #" + george.getId()).contains("Update Owner").contains("value=\"CAT\"");
		HttpResponse<String> updated = this.http.post("/owners/" + george.getId() + "/edit",
				Http.form(form, "owner-form", "id", String.valueOf(george.getId()), "name", "Betty", "city", "Madison",
						"favouriteType", "cat"));
		assertThat(updated.statusCode()).isEqualTo(303);
		assertThat(updated.headers().firstValue("Location")).hasValue("/owners/" + george.getId());
		assertThat(this.owners.findAll()).singleElement().extracting(Owner::getName).isEqualTo("Betty");
		assertThat(this.http.get("/owners/" + george.getId()).body()).contains("Owner Values Updated");
	}

	@Test
	void anActionThatRedirectsWithAFlashErrorRedirectsThoughItsBindingResultHasErrors() throws Exception {
		Owner george = saved("George");
		String form = this.http.get("/owners/" + george.getId() + "/edit").body();
		HttpResponse<String> mismatch = this.http.post("/owners/" + george.getId() + "/edit",
				Http.form(form, "owner-form", "id", String.valueOf(george.getId() + 1), "name", "Betty"));
		assertThat(mismatch.statusCode()).isEqualTo(303);
		assertThat(mismatch.headers().firstValue("Location")).hasValue("/owners/" + george.getId() + "/edit");
		assertThat(this.owners.findAll()).singleElement().extracting(Owner::getName).isEqualTo("George");
		assertThat(this.http.get("/owners/" + george.getId() + "/edit").body())
			.contains("Owner ID mismatch. Please try again.");
	}

	@Test
	void aBlankNameRendersTheSameFormAgainWith422AndTheError() throws Exception {
		String form = this.http.get("/owners/new").body();
		HttpResponse<String> invalid = this.http.post("/owners/new",
				Http.form(form, "owner-form", "id", "", "name", " ", "city", "Madison", "favouriteType", "dog"));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("New Owner").contains("<span id=\"name-error\">must not be blank</span>")
			.contains("value=\"Madison\"");
		assertThat(this.owners.findAll()).isEmpty();
	}

	@Test
	void anActionWhosePageFailsTooAnswersItsFailureOnceWithAReference(CapturedOutput output) throws Exception {
		String form = this.http.get("/owners/new").body();
		HttpResponse<String> failed = this.http.post("/owners/999/edit",
				Http.form(form, "owner-form", "name", "Betty"));
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.body()).contains("Something went wrong").contains("Reference").doesNotContain("Owner not found");
		assertThat(output).containsOnlyOnce("Owner not found with id: 999").doesNotContain("Servlet.service()");
	}

	@Test
	void theRouteHandlerOfTheSameApplicationAnswersJson() throws Exception {
		Owner george = saved("George");
		HttpResponse<String> json = this.http.get("/api/owners/" + george.getId(), "application/json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("\"name\":\"George\"");
	}

	private Owner saved(String name) {
		Owner owner = new Owner();
		owner.setName(name);
		owner.setCity("Madison");
		owner.setFavouriteType(new PetType("cat"));
		return this.owners.save(owner);
	}

}
