package dev.serveractions.action;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;

/**
 * Spring's data binder for action arguments, except that field names the form object cannot take
 * ({@code text[0]} or {@code text.x} on a {@code String}) refuse the request instead of failing
 * it with a server error: the property accessor throws for those before any field is validated.
 */
final class ActionDataBinder extends ExtendedServletRequestDataBinder {

	ActionDataBinder(@Nullable Object target, String objectName) {
		super(target, objectName);
	}

	@Override
	protected void applyPropertyValues(MutablePropertyValues values) {
		try {
			super.applyPropertyValues(values);
		}
		catch (BeansException | IllegalStateException | IllegalArgumentException malformed) {
			throw new MalformedFieldsException(getObjectName(), malformed);
		}
	}

	/** The form's field names do not fit the object it binds to. */
	static final class MalformedFieldsException extends RuntimeException {

		MalformedFieldsException(String objectName, Throwable cause) {
			super("Form fields do not fit \"" + objectName + "\"", cause);
		}

	}

}
