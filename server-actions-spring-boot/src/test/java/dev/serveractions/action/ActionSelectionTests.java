package dev.serveractions.action;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which action a request names: header id, header name, clicked button, form field, in that order. */
class ActionSelectionTests {

	@Test
	void theSaActionHeaderWinsOverEverythingElse() {
		assertThat(ActionSelection.select("header-id", "a.name", "button-id:token", "form-id"))
			.isEqualTo(new ActionSelection("header-id", null, null, true));
	}

	@Test
	void theRuntimesHeaderKeepsTheTokenOfTheClickedButtonOfTheSameAction() {
		assertThat(ActionSelection.select("row-id", null, "row-id:sig.dmFsdWU", "form-id"))
			.isEqualTo(new ActionSelection("row-id", null, "sig.dmFsdWU", true));
		assertThat(ActionSelection.select("row-id", null, "row-idx:sig.dmFsdWU", "form-id"))
			.isEqualTo(new ActionSelection("row-id", null, null, true));
	}

	@Test
	void theNameHeaderWinsOverTheFormFields() {
		assertThat(ActionSelection.select(null, "a.name", "button-id", "form-id"))
			.isEqualTo(new ActionSelection(null, "a.name", null, true));
	}

	@Test
	void theClickedButtonWinsOverTheFormsActionAndBringsItsOwnBoundToken() {
		assertThat(ActionSelection.select(null, null, "button-id:sig.dmFsdWU", "form-id"))
			.isEqualTo(new ActionSelection("button-id", null, "sig.dmFsdWU", false));
		assertThat(ActionSelection.select(null, null, "button-id", "form-id"))
			.isEqualTo(new ActionSelection("button-id", null, null, false));
	}

	@Test
	void theFormsActionFieldIsTheLastChoice() {
		assertThat(ActionSelection.select(null, null, null, "form-id"))
			.isEqualTo(new ActionSelection("form-id", null, null, false));
	}

	@Test
	void aRequestThatNamesNoActionSelectsNone() {
		assertThat(ActionSelection.select(null, null, null, null)).isNull();
	}

}
