package dev.serveractions.action.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A {@code @WebMvcTest} slice of a page whose forms post to actions whose bean is not in the
 * slice: the failure says how to include it.
 */
@WebMvcTest(NotesController.class)
@Import(NoteStore.class)
class NotesPageWithoutActionsSliceTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePageFailsSayingHowToIncludeTheActionsBean() {
		assertThatThrownBy(() -> this.mvc.perform(get("/notes"))).rootCause()
			.hasMessageContaining("No server action is named \"notes.add\"")
			.hasMessageContaining("If this is a test slice (such as @WebMvcTest) that leaves out the bean declaring it, "
					+ "add that bean with @Import(TheActions.class), or test with @SpringBootTest.");
	}

}
