package dev.serveractions.action.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A {@code @WebMvcTest} slice of a page whose forms post to actions, the actions' bean included. */
@WebMvcTest(NotesController.class)
@Import({ NoteStore.class, NoteActions.class })
class NotesPageSliceTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePageRendersItsActionForms() throws Exception {
		this.mvc.perform(get("/notes"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_sa_action\"")));
	}

}
