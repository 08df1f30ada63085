package dev.serveractions.revalidation;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Keeps per-request form fields out of cached HTML. While a cached response or fragment
 * renders, the application's {@link RequestDataValueProcessor} (Spring Security's CSRF field,
 * for instance) writes placeholders instead of values; whenever the cached HTML is served, each
 * placeholder is replaced by the value for the current request. So a form in cached HTML
 * always carries the current user's token, never the one of the user it was rendered for.
 */
final class FormFieldPlaceholders {

	static final String PROCESSOR_BEAN_NAME = "requestDataValueProcessor";

	private static final String MARKER = "sa-field-" + HexFormat.of().formatHex(random()) + "-";

	private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.US_ASCII);

	private static final String CAPTURING = FormFieldPlaceholders.class.getName() + ".capturing";

	private final ObjectProvider<RequestDataValueProcessor> processor;

	/**
	 * @param processor the application's processor: the bean named
	 * {@value #PROCESSOR_BEAN_NAME}, as for Spring MVC's own forms
	 */
	FormFieldPlaceholders(ObjectProvider<RequestDataValueProcessor> processor) {
		this.processor = processor;
	}

	/**
	 * Starts rendering HTML that will be cached: form fields become placeholders until the
	 * matching {@link #endCapture(HttpServletRequest)}. Captures nest.
	 * @param request the current request
	 */
	static void startCapture(HttpServletRequest request) {
		Object depth = request.getAttribute(CAPTURING);
		request.setAttribute(CAPTURING, (depth instanceof Integer count) ? count + 1 : 1);
	}

	/**
	 * Ends a capture started by {@link #startCapture(HttpServletRequest)}.
	 * @param request the current request
	 */
	static void endCapture(HttpServletRequest request) {
		Object depth = request.getAttribute(CAPTURING);
		if (depth instanceof Integer count && count > 1) {
			request.setAttribute(CAPTURING, count - 1);
		}
		else {
			request.removeAttribute(CAPTURING);
		}
	}

	static boolean isCapturing(HttpServletRequest request) {
		return request.getAttribute(CAPTURING) != null;
	}

	static String placeholder(String fieldName) {
		return MARKER + HexFormat.of().formatHex(fieldName.getBytes(StandardCharsets.UTF_8)) + ".";
	}

	/**
	 * Whether rendered HTML holds placeholders.
	 * @param html the HTML
	 * @return whether {@link #fill(String, HttpServletRequest)} has work to do
	 */
	static boolean holdsPlaceholders(String html) {
		return html.contains(MARKER);
	}

	static boolean holdsPlaceholders(byte[] body) {
		outer: for (int i = 0; i <= body.length - MARKER_BYTES.length; i++) {
			for (int j = 0; j < MARKER_BYTES.length; j++) {
				if (body[i + j] != MARKER_BYTES[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/**
	 * Replaces the placeholders in cached HTML with the current request's values; while a
	 * capture is running (cached HTML inside cached HTML) leaves them for the outer cache.
	 * @param html the cached HTML
	 * @param request the current request
	 * @return HTML to send
	 */
	String fill(String html, HttpServletRequest request) {
		if (isCapturing(request) || !holdsPlaceholders(html)) {
			return html;
		}
		Map<String, String> fields = currentFields(request);
		StringBuilder result = new StringBuilder(html.length() + 64);
		int from = 0;
		int at;
		while ((at = html.indexOf(MARKER, from)) >= 0) {
			int end = html.indexOf('.', at + MARKER.length());
			if (end < 0) {
				break;
			}
			result.append(html, from, at);
			String name = new String(HexFormat.of().parseHex(html, at + MARKER.length(), end), StandardCharsets.UTF_8);
			String value = fields.get(name);
			result.append((value != null) ? HtmlUtils.htmlEscape(value) : "");
			from = end + 1;
		}
		return result.append(html, from, html.length()).toString();
	}

	byte[] fill(byte[] body, HttpServletRequest request) {
		return fill(new String(body, StandardCharsets.UTF_8), request).getBytes(StandardCharsets.UTF_8);
	}

	private Map<String, String> currentFields(HttpServletRequest request) {
		RequestDataValueProcessor processor = this.processor.getIfAvailable();
		if (processor == null) {
			return Map.of();
		}
		Map<String, String> fields = processor.getExtraHiddenFields(request);
		return (fields != null) ? fields : Map.of();
	}

	private static byte[] random() {
		byte[] bytes = new byte[8];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
