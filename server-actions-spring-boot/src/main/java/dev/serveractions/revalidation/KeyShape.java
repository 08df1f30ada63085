package dev.serveractions.revalidation;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.MatrixVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Which parts of a request a cached response depends on, besides its path: the query
 * parameters by name (or the whole query), request headers by name, and whether matrix
 * parameters count. A handler's {@link #declaredBy declared} shape is known before its first
 * render; what a render reads or its {@code Vary} header names is added after it.
 *
 * @param parameters query parameter names
 * @param allParameters whether the whole query string counts
 * @param headers request header names, in lower case
 * @param matrix whether matrix parameters ({@code ;name=value} in the path) count
 * @param locale whether the locale the application resolves counts (not the raw
 * {@code Accept-Language}: values that resolve to one locale share an entry)
 * @param sessionAttributes session attributes a render looked for and did not find: an entry
 * is only for requests whose session does not hold them either
 */
record KeyShape(Set<String> parameters, boolean allParameters, Set<String> headers, boolean matrix,
		boolean locale, Set<String> sessionAttributes) {

	static final KeyShape EMPTY = new KeyShape(Set.of(), false, Set.of(), false, false, Set.of());

	KeyShape {
		parameters = Collections.unmodifiableSortedSet(new TreeSet<>(parameters));
		headers = Collections.unmodifiableSortedSet(new TreeSet<>(headers));
		sessionAttributes = Collections.unmodifiableSortedSet(new TreeSet<>(sessionAttributes));
	}

	/**
	 * What a handler method's parameters declare: {@code @RequestParam} names (a map of them:
	 * the whole query), {@code @RequestHeader} names and {@code @MatrixVariable}.
	 */
	static KeyShape declaredBy(HandlerMethod method) {
		Set<String> parameters = new TreeSet<>();
		Set<String> headers = new TreeSet<>();
		boolean all = false;
		boolean matrix = false;
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = nameOf(param.name(), parameter);
				if (name == null || Map.class.isAssignableFrom(parameter.getParameterType())) {
					all = true;
				}
				else {
					parameters.add(name);
				}
			}
			RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
			if (header != null) {
				String name = nameOf(header.name(), parameter);
				if (name != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
					headers.add(name.toLowerCase(Locale.ROOT));
				}
			}
			matrix |= parameter.hasParameterAnnotation(MatrixVariable.class);
		}
		return new KeyShape(parameters, all, headers, matrix, false, Set.of());
	}

	private static @Nullable String nameOf(String declared, MethodParameter parameter) {
		if (!declared.isEmpty()) {
			return declared;
		}
		return parameter.getParameterName();
	}

	/** This shape with what a render read or its response varies on. */
	KeyShape with(Set<String> parameters, boolean allParameters, Set<String> headers) {
		Set<String> allNames = new TreeSet<>(this.parameters);
		allNames.addAll(parameters);
		Set<String> allHeaders = new TreeSet<>(this.headers);
		headers.forEach((header) -> allHeaders.add(header.toLowerCase(Locale.ROOT)));
		return new KeyShape(allNames, this.allParameters || allParameters, allHeaders, this.matrix, this.locale,
				this.sessionAttributes);
	}

	/** This shape, counting the resolved locale too when {@code locale} is set. */
	KeyShape withLocale(boolean locale) {
		return new KeyShape(this.parameters, this.allParameters, this.headers, this.matrix, this.locale || locale,
				this.sessionAttributes);
	}

	/** This shape with session attributes a render found absent. */
	KeyShape withAbsent(Set<String> sessionAttributes) {
		Set<String> all = new TreeSet<>(this.sessionAttributes);
		all.addAll(sessionAttributes);
		return new KeyShape(this.parameters, this.allParameters, this.headers, this.matrix, this.locale, all);
	}

	/** This shape and another, as one. */
	KeyShape with(KeyShape other) {
		KeyShape both = with(other.parameters, other.allParameters, other.headers).withAbsent(other.sessionAttributes);
		return new KeyShape(both.parameters, both.allParameters, both.headers, this.matrix || other.matrix,
				this.locale || other.locale, both.sessionAttributes);
	}

	/** As text, one part a line: what {@link #parse} reads. */
	String format() {
		StringBuilder text = new StringBuilder();
		this.parameters.forEach((name) -> text.append("p ").append(name).append('\n'));
		this.headers.forEach((name) -> text.append("h ").append(name).append('\n'));
		this.sessionAttributes.forEach((name) -> text.append("s ").append(name).append('\n'));
		if (this.allParameters) {
			text.append("query\n");
		}
		if (this.matrix) {
			text.append("matrix\n");
		}
		if (this.locale) {
			text.append("locale\n");
		}
		return text.toString();
	}

	static KeyShape parse(String text) {
		Set<String> parameters = new TreeSet<>();
		Set<String> headers = new TreeSet<>();
		Set<String> session = new TreeSet<>();
		boolean all = false;
		boolean matrix = false;
		boolean locale = false;
		for (String line : text.split("\n")) {
			if (line.startsWith("s ")) {
				session.add(line.substring(2));
			}
			if (line.startsWith("p ")) {
				parameters.add(line.substring(2));
			}
			else if (line.startsWith("h ")) {
				headers.add(line.substring(2));
			}
			all |= line.equals("query");
			matrix |= line.equals("matrix");
			locale |= line.equals("locale");
		}
		return new KeyShape(parameters, all, headers, matrix, locale, session);
	}

}
