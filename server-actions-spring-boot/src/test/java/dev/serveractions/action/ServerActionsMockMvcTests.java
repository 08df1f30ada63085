package dev.serveractions.action;

import dev.serveractions.action.app.ActionTestApplication;
import dev.serveractions.action.app.Note;
import dev.serveractions.action.app.NoteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static dev.serveractions.test.ServerActionsMockMvc.outcome;
import static dev.serveractions.test.ServerActionsMockMvc.serverAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The test helper users get, used as a user would. */
@SpringBootTest(classes = ActionTestApplication.class)
@AutoConfigureMockMvc
class ServerActionsMockMvcTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NoteStore store;

	@BeforeEach
	void reset() {
		this.store.reset();
	}

	@Test
	void aFormPostRunsTheActionByName() throws Exception {
		this.mvc.perform(post("/notes").param("text", "Buy milk").with(serverAction("notes.add")))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/notes"))
			.andExpect(outcome("ok"));
		assertThat(this.store.all()).extracting(Note::text).containsExactly("Buy milk");
	}

	@Test
	void aFormPostThatFailsValidationRendersThePageAgain() throws Exception {
		this.mvc.perform(post("/notes").param("text", "").with(serverAction("notes.add")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(outcome("invalid"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("must not be blank")));
	}

	@Test
	void boundValuesAreSignedForTheTest() throws Exception {
		Note note = this.store.add("doomed", null);
		this.mvc.perform(post("/notes").with(serverAction("noteActions.delete").bind(note.id())))
			.andExpect(status().isSeeOther())
			.andExpect(outcome("redirect"));
		assertThat(this.store.all()).isEmpty();
	}

	@Test
	void aRuntimeCallGetsThePage() throws Exception {
		this.mvc.perform(post("/notes").param("text", "in place").with(serverAction("notes.add").fromRuntime()))
			.andExpect(status().isOk())
			.andExpect(outcome("ok"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<span class=\"text\">in place</span>")));
	}

	@Test
	void aJsonCallGetsTheOutcomeAsJson() throws Exception {
		this.store.add("one", null);
		this.mvc.perform(post("/notes").with(serverAction("notes.count").asJson()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("result"))
			.andExpect(jsonPath("$.result").value("1 notes"));
		this.mvc.perform(post("/notes").param("text", "").with(serverAction("notes.add").asJson()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
	}

	@Test
	void javaBeanFormObjectsBindAndValidateLikeRecords() throws Exception {
		this.mvc.perform(post("/notes").param("email", "ada@example.com").with(serverAction("notes.contact").asJson()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("we will write to ada@example.com"));
		this.mvc.perform(post("/notes").param("email", "not an address").with(serverAction("notes.contact").asJson()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

}
