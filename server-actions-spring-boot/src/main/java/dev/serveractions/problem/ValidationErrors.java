package dev.serveractions.problem;

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
 * The {@code errors} property of the library's RFC 9457 validation problems, for route handlers
 * and server actions alike: one entry per error with {@code field} (absent for an error of the
 * whole object), {@code code} (the constraint or error code a client can switch on, such as
 * {@code NotBlank} or {@code typeMismatch}) and {@code message}. Messages come from the
 * application's {@code MessageSource} when given one; a conversion failure never shows Spring's
 * conversion text, it reads "has an invalid value".
 *
 * <pre class="code">
 * problem.setProperty("errors", new ValidationErrors(messageSource, locale).addAll(bindingResult).entries());
 * // [{"field":"text","code":"NotBlank","message":"must not be blank"}]
 * </pre>
 *
 * @since 0.1
 */
public final class ValidationErrors {

	private static final String INVALID_VALUE = "has an invalid value";

	private final @Nullable MessageSource messages;

	private final Locale locale;

	private final List<Map<String, String>> entries = new ArrayList<>();

	/**
	 * Entries whose messages the given source resolves.
	 * @param messages the application's messages, or {@code null} for the errors' default
	 * messages
	 * @param locale the locale of the messages
	 */
	public ValidationErrors(@Nullable MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * Adds an entry for every error, field errors first.
	 * @param errors the errors, a {@code BindingResult} for instance
	 * @return this
	 */
	public ValidationErrors addAll(@Nullable Errors errors) {
		if (errors != null) {
			errors.getFieldErrors().forEach((error) -> add(error.getField(), error));
			errors.getGlobalErrors().forEach((error) -> add(null, error));
		}
		return this;
	}

	/**
	 * Adds an entry for one error.
	 * @param field the field it is about, or {@code null} for the whole object
	 * @param error the error
	 * @return this
	 */
	public ValidationErrors add(@Nullable String field, MessageSourceResolvable error) {
		Map<String, String> entry = new LinkedHashMap<>();
		if (field != null) {
			entry.put("field", field);
		}
		String[] codes = error.getCodes();
		if (codes != null && codes.length > 0) {
			entry.put("code", codes[codes.length - 1]);
		}
		entry.put("message", message(error));
		this.entries.add(entry);
		return this;
	}

	/**
	 * The entries added so far.
	 * @return the entries, in order
	 */
	public List<Map<String, String>> entries() {
		return List.copyOf(this.entries);
	}

	private String message(MessageSourceResolvable error) {
		boolean bindingFailure = error instanceof FieldError field && field.isBindingFailure();
		if (this.messages != null) {
			MessageSourceResolvable resolvable = bindingFailure
					? new DefaultMessageSourceResolvable(error.getCodes(), error.getArguments()) : error;
			try {
				return this.messages.getMessage(resolvable, this.locale);
			}
			catch (NoSuchMessageException ex) {
				// the default message below
			}
		}
		return (bindingFailure || error.getDefaultMessage() == null) ? INVALID_VALUE : error.getDefaultMessage();
	}

}
