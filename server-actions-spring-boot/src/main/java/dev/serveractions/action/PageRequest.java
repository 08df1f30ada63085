package dev.serveractions.action;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * An action's request seen as the GET of its page, as a browser opening the page's URL sends
 * it: its parameters are those of the query string only, never the action's form fields (which
 * would otherwise fill the page's own {@code @RequestParam}s and form objects), and it accepts
 * HTML. Attributes are the request's own, so the page mapping's path variables reach the action.
 */
final class PageRequest extends HttpServletRequestWrapper {

	private static final String ACCEPT = "Accept";

	private @Nullable Map<String, String[]> parameters;

	PageRequest(HttpServletRequest request) {
		super(request);
	}

	/** The query parameters, parsed when first asked for (a page look-up rarely needs them). */
	private Map<String, String[]> parameters() {
		Map<String, String[]> parameters = this.parameters;
		if (parameters == null) {
			parameters = queryParameters(getQueryString());
			this.parameters = parameters;
		}
		return parameters;
	}

	@Override
	public String getMethod() {
		return "GET";
	}

	@Override
	public @Nullable String getHeader(String name) {
		return ACCEPT.equalsIgnoreCase(name) ? "text/html" : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return ACCEPT.equalsIgnoreCase(name) ? Collections.enumeration(List.of("text/html")) : super.getHeaders(name);
	}

	@Override
	public @Nullable String getParameter(String name) {
		String[] values = parameters().get(name);
		return (values != null) ? values[0] : null;
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		String[] values = parameters().get(name);
		return (values != null) ? values.clone() : null;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters().keySet());
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters();
	}

	private static Map<String, String[]> queryParameters(@Nullable String query) {
		Map<String, List<String>> parsed = new LinkedHashMap<>();
		if (query != null) {
			for (String pair : query.split("&")) {
				if (!pair.isEmpty()) {
					int equals = pair.indexOf('=');
					String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
					String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
					parsed.computeIfAbsent(name, (key) -> new ArrayList<>(1)).add(value);
				}
			}
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		parsed.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
		return Collections.unmodifiableMap(parameters);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
