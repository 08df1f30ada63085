package dev.serveractions.revalidation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Wraps the application's {@link RequestDataValueProcessor}: while cached HTML renders, its
 * extra hidden fields get {@link FormFieldPlaceholders placeholders} as values.
 */
final class PlaceholderRequestDataValueProcessor implements RequestDataValueProcessor {

	private final RequestDataValueProcessor delegate;

	/**
	 * The field names seen so far. Once known, a capture does not ask the delegate at all:
	 * asking may have side effects (Spring Security creates a session for a CSRF token), and a
	 * response that sets a session cookie could not be cached.
	 */
	private volatile Set<String> knownNames = Set.of();

	PlaceholderRequestDataValueProcessor(RequestDataValueProcessor delegate) {
		this.delegate = delegate;
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		Set<String> names = this.knownNames;
		if (!FormFieldPlaceholders.isCapturing(request) || names.isEmpty()) {
			Map<String, String> fields = this.delegate.getExtraHiddenFields(request);
			if (fields == null || fields.isEmpty()) {
				return fields;
			}
			if (!names.containsAll(fields.keySet())) {
				Set<String> known = new LinkedHashSet<>(names);
				known.addAll(fields.keySet());
				this.knownNames = Set.copyOf(known);
			}
			if (!FormFieldPlaceholders.isCapturing(request)) {
				return fields;
			}
			names = fields.keySet();
		}
		Map<String, String> placeholders = new LinkedHashMap<>();
		names.forEach((name) -> placeholders.put(name, FormFieldPlaceholders.placeholder(name)));
		return placeholders;
	}

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		return this.delegate.processAction(request, action, httpMethod);
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
		return this.delegate.processFormFieldValue(request, name, value, type);
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return this.delegate.processUrl(request, url);
	}

	/** Wraps the bean named {@code requestDataValueProcessor}. */
	static final class Wrapper implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (FormFieldPlaceholders.PROCESSOR_BEAN_NAME.equals(beanName)
					&& bean instanceof RequestDataValueProcessor processor
					&& !(bean instanceof PlaceholderRequestDataValueProcessor)) {
				return new PlaceholderRequestDataValueProcessor(processor);
			}
			return bean;
		}

	}

}
