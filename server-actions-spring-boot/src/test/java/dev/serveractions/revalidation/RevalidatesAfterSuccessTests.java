package dev.serveractions.revalidation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class RevalidatesAfterSuccessTests {

	@Test
	void a2xxOr3xxOutcomeWithoutValidationErrorsIsASuccess() {
		assertThat(RevalidatesAfterSuccess.succeeded(200, null, Map.of())).isTrue();
		assertThat(RevalidatesAfterSuccess.succeeded(200, HttpStatus.CREATED, Map.of())).isTrue();
		assertThat(RevalidatesAfterSuccess.succeeded(200, HttpStatus.SEE_OTHER, Map.of("form", valid()))).isTrue();
	}

	@Test
	void anErrorStatusOnTheResponseOrInWhatTheHandlerReturnedIsNot() {
		assertThat(RevalidatesAfterSuccess.succeeded(422, null, Map.of())).isFalse();
		assertThat(RevalidatesAfterSuccess.succeeded(200, HttpStatus.NOT_FOUND, Map.of())).isFalse();
		assertThat(RevalidatesAfterSuccess.succeeded(200, HttpStatus.INTERNAL_SERVER_ERROR, Map.of())).isFalse();
	}

	@Test
	void aModelWithValidationErrorsIsNot() {
		BindingResult invalid = valid();
		invalid.reject("title.required");
		assertThat(RevalidatesAfterSuccess.succeeded(200, null, Map.of("form", invalid))).isFalse();
	}

	private static BindingResult valid() {
		return new BeanPropertyBindingResult(new Object(), "form");
	}

}
