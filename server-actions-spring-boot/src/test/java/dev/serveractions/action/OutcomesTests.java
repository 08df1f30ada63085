package dev.serveractions.action;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What the invocation produced becomes one outcome: the pure step of the action pipeline. */
class OutcomesTests {

	static BindingResult errors(boolean failed) {
		BindingResult result = new BeanPropertyBindingResult(new Object(), "form");
		if (failed) {
			result.reject("taken", "That name is taken");
		}
		return result;
	}

	@Test
	void nothingReturnedIsOk() {
		assertThat(Outcomes.returned(null, Map.of(), Map.of()).kind()).isEqualTo(Outcome.Kind.OK);
	}

	@Test
	void aValueIsAResult() {
		Outcome outcome = Outcomes.returned(3, Map.of("form", new Object()), Map.of());
		assertThat(outcome.kind()).isEqualTo(Outcome.Kind.RESULT);
		assertThat(outcome.result()).isEqualTo(3);
	}

	@Test
	void aRedirectResultIsARedirect() {
		Outcome outcome = Outcomes.returned(ActionResult.redirect("/todos"), Map.of(), Map.of());
		assertThat(outcome.kind()).isEqualTo(Outcome.Kind.REDIRECT);
		assertThat(outcome.location()).isEqualTo("/todos");
	}

	@Test
	void aRedirectViewNameIsARedirectWithThePagesPathVariablesFilledIn() {
		Outcome outcome = Outcomes.returned("redirect:/owners/{ownerId}", Map.of(), Map.of("ownerId", "7"));
		assertThat(outcome.kind()).isEqualTo(Outcome.Kind.REDIRECT);
		assertThat(outcome.location()).isEqualTo("/owners/7");
	}

	@Test
	void anInvalidResultIsInvalidWith422() {
		BindingResult errors = errors(true);
		Outcome outcome = Outcomes.returned(ActionResult.invalid(errors), Map.of(), Map.of());
		assertThat(outcome.kind()).isEqualTo(Outcome.Kind.INVALID);
		assertThat(outcome.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(outcome.errors()).isSameAs(errors);
	}

	@Test
	void aBindingResultWithErrorsIsInvalidWhenTheActionAsksForThePageAgain() {
		BindingResult errors = errors(true);
		Map<String, Object> model = Map.of(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		assertThat(Outcomes.returned("owners/edit", model, Map.of()).kind()).isEqualTo(Outcome.Kind.INVALID);
		assertThat(Outcomes.returned(null, model, Map.of()).kind()).isEqualTo(Outcome.Kind.INVALID);
	}

	@Test
	void anActionThatRedirectsRedirectsWhateverItsBindingResultHolds() {
		Map<String, Object> model = Map.of(BindingResult.MODEL_KEY_PREFIX + "form", errors(true));
		assertThat(Outcomes.returned("redirect:/owners/{ownerId}/edit", model, Map.of("ownerId", "7")).location())
			.isEqualTo("/owners/7/edit");
		assertThat(Outcomes.returned(ActionResult.redirect("/x"), model, Map.of()).kind())
			.isEqualTo(Outcome.Kind.REDIRECT);
	}

	@Test
	void aBindingResultWithoutErrorsDoesNotMakeItInvalid() {
		Map<String, Object> model = Map.of(BindingResult.MODEL_KEY_PREFIX + "form", errors(false));
		assertThat(Outcomes.returned(null, model, Map.of()).kind()).isEqualTo(Outcome.Kind.OK);
	}

	@Test
	void aBindExceptionIsInvalid() {
		BindingResult errors = errors(true);
		assertThat(Outcomes.thrown(new BindException(errors))).satisfies((outcome) -> {
			assertThat(outcome.kind()).isEqualTo(Outcome.Kind.INVALID);
			assertThat(outcome.errors()).isSameAs(errors);
		});
	}

	@Test
	void aUserFacingExceptionIsAFailureWithItsStatusAndMessage() {
		Outcome outcome = Outcomes.thrown(new UserFacingException(HttpStatus.CONFLICT, "Changed meanwhile"));
		assertThat(outcome.kind()).isEqualTo(Outcome.Kind.FAILED);
		assertThat(outcome.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(outcome.message()).isEqualTo("Changed meanwhile");
		assertThat(outcome.correlationId()).isNull();
	}

	@Test
	void malformedFieldNamesAreA400Rejection() {
		Outcome outcome = Outcomes.thrown(new ActionDataBinder.MalformedFieldsException("form",
				new InvalidPropertyException(Object.class, "text[0]", "not indexed")));
		assertThat(outcome.kind()).isEqualTo(Outcome.Kind.REJECTED);
		assertThat(outcome.status()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anyOtherExceptionIsLeftToTheApplication() {
		assertThat(Outcomes.thrown(new IllegalStateException("boom"))).isNull();
	}

	@Test
	void onlySuccessesAreCommitted() {
		assertThat(Outcome.redirect("/").committed()).isTrue();
		assertThat(Outcome.ok().committed()).isTrue();
		assertThat(Outcome.result(1).committed()).isTrue();
		assertThat(Outcome.invalid(null).committed()).isFalse();
		assertThat(Outcome.failed(HttpStatus.INTERNAL_SERVER_ERROR, "x", "id").committed()).isFalse();
		assertThat(Outcome.rejected(HttpStatus.BAD_REQUEST, "x").committed()).isFalse();
	}

}
