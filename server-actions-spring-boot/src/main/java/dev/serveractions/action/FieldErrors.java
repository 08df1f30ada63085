package dev.serveractions.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Validation errors as problem entries: {@code field} (absent for an object error), {@code code}
 * (the constraint, such as {@code NotBlank} or {@code typeMismatch}) and a {@code message} from
 * the application's messages. A conversion failure never shows Spring's conversion text.
 */
final class FieldErrors {

	private FieldErrors() {
	}

	static List<Map<String, String>> describe(@Nullable Errors errors, MessageSource messages, Locale locale) {
		List<Map<String, String>> described = new ArrayList<>();
		if (errors == null) {
			return described;
		}
		for (var error : errors.getAllErrors()) {
			Map<String, String> entry = new LinkedHashMap<>();
			if (error instanceof FieldError field) {
				entry.put("field", field.getField());
			}
			if (error.getCode() != null) {
				entry.put("code", error.getCode());
			}
			entry.put("message", message(error, messages, locale));
			described.add(entry);
		}
		return described;
	}

	private static String message(MessageSourceResolvable error, MessageSource messages, Locale locale) {
		boolean bindingFailure = error instanceof FieldError field && field.isBindingFailure();
		MessageSourceResolvable resolvable = bindingFailure
				? new DefaultMessageSourceResolvable(error.getCodes(), error.getArguments()) : error;
		try {
			return messages.getMessage(resolvable, locale);
		}
		catch (NoSuchMessageException ex) {
			return (bindingFailure || error.getDefaultMessage() == null) ? "has an invalid value"
					: error.getDefaultMessage();
		}
	}

}
