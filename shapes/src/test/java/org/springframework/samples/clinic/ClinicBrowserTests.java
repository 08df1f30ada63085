package org.springframework.samples.clinic;

import com.microsoft.playwright.Page;
import dev.serveractions.shapes.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The clinic's one create-and-edit template in a real Chromium, JavaScript on and off. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClinicBrowserTests {

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	Owners owners;

	@BeforeEach
	void setUp() {
		this.owners.clear();
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void aNewOwnerIsCreatedThenEditedWithTheSameForm(boolean javaScript) {
		Page page = chromium.open(javaScript);
		page.navigate(url("/owners/new"));
		page.getByLabel("Name").fill("George");
		page.getByLabel("Favourite pet type").fill("dog");
		page.locator("#submit").click();
		assertThat(page.locator("#message")).hasText("New Owner Created");
		Owner george = this.owners.findAll().get(0);
		assertThat(page).hasURL(url("/owners/" + george.getId()));
		assertThat(page.locator("#type")).hasText("DOG");

		page.locator("#edit").click();
		assertThat(page.locator("#heading")).hasText("Edit Owner #" + george.getId());
		page.getByLabel("Name").fill("");
		page.locator("#submit").click();
		assertThat(page.locator("#name-error")).hasText("must not be blank");
		assertThat(page.locator("#heading")).hasText("Edit Owner #" + george.getId());
		page.getByLabel("Name").fill("Betty");
		page.locator("#submit").click();
		assertThat(page.locator("#message")).hasText("Owner Values Updated");
		assertThat(page.locator("#name")).hasText("Betty");
		assertThat(this.owners.findAll()).singleElement().extracting(Owner::getName).isEqualTo("Betty");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
