package org.springframework.samples.clinic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static dev.serveractions.test.ServerActionsMockMvc.serverAction;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The controller test a {@code @PostMapping} had, changed only in its requests: the view, model
 * and flash matchers answer as they did.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OwnerControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Owners owners;

	int georgeId;

	@BeforeEach
	void setUp() {
		this.owners.clear();
		Owner george = new Owner();
		george.setName("George");
		this.georgeId = this.owners.save(george).getId();
	}

	@Test
	void processUpdateOwnerFormSuccess() throws Exception {
		this.mvc
			.perform(post("/owners/{ownerId}/edit", this.georgeId).param("id", String.valueOf(this.georgeId))
				.param("name", "Joe")
				.with(serverAction("owners.update")))
			.andExpect(status().is3xxRedirection())
			.andExpect(view().name("redirect:/owners/{ownerId}"))
			.andExpect(flash().attribute("message", "Owner Values Updated"));
	}

	@Test
	void processUpdateOwnerFormWithIdMismatch() throws Exception {
		this.mvc
			.perform(post("/owners/{ownerId}/edit", this.georgeId).param("id", String.valueOf(this.georgeId + 1))
				.param("name", "Joe")
				.with(serverAction("owners.update")))
			.andExpect(status().is3xxRedirection())
			.andExpect(view().name("redirect:/owners/{ownerId}/edit"))
			.andExpect(flash().attributeExists("error"));
	}

	@Test
	void processCreationFormHasErrors() throws Exception {
		this.mvc.perform(post("/owners/new").param("name", "").with(serverAction("owners.create")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("owner", "name"))
			.andExpect(view().name("owners/createOrUpdateOwnerForm"));
	}

}
