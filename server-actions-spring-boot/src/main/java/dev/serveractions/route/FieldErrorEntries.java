package dev.serveractions.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The {@code errors} property of a validation problem: one {@code {field, message, code}} entry
 * per error, {@code code} being the constraint or error code ({@code NotBlank},
 * {@code typeMismatch}) a client can switch on. A binding failure's message is Spring's
 * conversion text, which is not for clients, so it reads "has an invalid value".
 */
final class FieldErrorEntries {

	private final List<Map<String, String>> entries = new ArrayList<>();

	static List<Map<String, String>> of(BindingResult result) {
		FieldErrorEntries entries = new FieldErrorEntries();
		result.getFieldErrors().forEach((error) -> entries.add(error.getField(), error));
		result.getGlobalErrors().forEach((error) -> entries.add(error.getObjectName(), error));
		return entries.list();
	}

	FieldErrorEntries add(@Nullable String field, MessageSourceResolvable error) {
		Map<String, String> entry = new LinkedHashMap<>();
		if (field != null) {
			entry.put("field", field);
		}
		boolean bindingFailure = error instanceof FieldError fieldError && fieldError.isBindingFailure();
		String message = error.getDefaultMessage();
		entry.put("message", (bindingFailure || message == null) ? "has an invalid value" : message);
		String[] codes = error.getCodes();
		if (codes != null && codes.length > 0) {
			entry.put("code", codes[codes.length - 1]);
		}
		this.entries.add(entry);
		return this;
	}

	List<Map<String, String>> list() {
		return List.copyOf(this.entries);
	}

}
