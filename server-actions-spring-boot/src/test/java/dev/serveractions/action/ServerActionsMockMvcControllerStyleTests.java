package dev.serveractions.action;

import dev.serveractions.action.ownerapp.Owner;
import dev.serveractions.action.ownerapp.OwnerApplication;
import dev.serveractions.action.ownerapp.Owners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static dev.serveractions.test.ServerActionsMockMvc.outcome;
import static dev.serveractions.test.ServerActionsMockMvc.serverAction;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * An action's MockMvc test reads as its controller's did: only the request changes, the
 * {@code view()}, {@code model()} and {@code flash()} matchers stay.
 */
@SpringBootTest(classes = OwnerApplication.class,
		properties = "server-actions.secret=owners-secret-of-at-least-32-bytes!!")
@AutoConfigureMockMvc
class ServerActionsMockMvcControllerStyleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Owners owners;

	Owner owner;

	@BeforeEach
	void setUp() {
		this.owners.reset();
		this.owner = this.owners.save(new Owner(null, "George", "Madison"));
	}

	@Test
	void theReRenderedPageIsAModelAndViewThatViewAndModelMatchersCheck() throws Exception {
		this.mvc.perform(post("/owners/{ownerId}/edit", this.owner.getId()).param("name", "")
			.with(serverAction("owners.update")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(outcome("invalid"))
			.andExpect(view().name("owners/edit"))
			.andExpect(model().attributeHasFieldErrors("owner", "name"))
			.andExpect(model().attributeHasFieldErrorCode("owner", "name", "NotBlank"))
			.andExpect(model().attribute("owner", org.hamcrest.Matchers.hasProperty("id",
					org.hamcrest.Matchers.is(this.owner.getId()))));
	}

	@Test
	void aRedirectCarriesItsFlashAttributes() throws Exception {
		this.mvc.perform(post("/owners/{ownerId}/edit", this.owner.getId()).param("name", "Betty")
			.with(serverAction("owners.update")))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/owners/" + this.owner.getId()))
			.andExpect(flash().attribute("message", "Owner details updated"));
	}

	@Test
	void aRedirectIsTheViewNameTheActionReturnedAsForAPostMapping() throws Exception {
		this.mvc.perform(post("/owners/{ownerId}/edit", this.owner.getId()).param("name", "Betty")
			.with(serverAction("owners.update")))
			.andExpect(status().isSeeOther())
			.andExpect(view().name("redirect:/owners/{ownerId}"))
			.andExpect(flash().attribute("message", "Owner details updated"))
			.andExpect(redirectedUrl("/owners/" + this.owner.getId()));
	}

	@Test
	void aRedirectAttributeIsInTheModelAndInTheLocation() throws Exception {
		this.mvc.perform(post("/owners/{ownerId}/edit", this.owner.getId()).param("name", "Betty")
			.with(serverAction("owners.updateToTab")))
			.andExpect(status().isSeeOther())
			.andExpect(view().name("redirect:/owners/{ownerId}/edit"))
			.andExpect(model().attribute("tab", "2"))
			.andExpect(redirectedUrl("/owners/" + this.owner.getId() + "/edit?tab=2"));
	}

	@Test
	void theJsonErrorEntriesCarryTheErrorCode() throws Exception {
		this.mvc.perform(post("/owners/{ownerId}/edit", this.owner.getId()).param("name", "")
			.with(serverAction("owners.update").asJson()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("NotBlank"))
			.andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
	}

}
