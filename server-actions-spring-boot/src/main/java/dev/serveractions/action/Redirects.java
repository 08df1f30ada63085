package dev.serveractions.action;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Where an action's answer sends the browser, and what travels along: the
 * {@code RedirectAttributes} of the action as query parameters and flash attributes.
 */
final class Redirects {

	/** Response header telling the client runtime to navigate to its value. */
	static final String NAVIGATE_HEADER = "Sa-Location";

	private Redirects() {
	}

	/**
	 * The URL of the page the action was posted to, as a path of this origin: leading slashes
	 * are collapsed, so that {@code //host/x} never becomes a redirect to another host.
	 */
	static String pageUrl(HttpServletRequest request) {
		String query = request.getQueryString();
		String path = sameOrigin(request.getRequestURI());
		return (query != null) ? path + "?" + query : path;
	}

	/** A path with its leading slashes collapsed into one. */
	static String sameOrigin(String path) {
		int slashes = 0;
		while (slashes < path.length() && (path.charAt(slashes) == '/' || path.charAt(slashes) == '\\')) {
			slashes++;
		}
		return (slashes > 1) ? "/" + path.substring(slashes) : path;
	}

	/**
	 * The location with the action's redirect attributes as query parameters; its flash
	 * attributes are saved for the request that follows the redirect there.
	 */
	static String prepare(String location, HttpServletRequest request, HttpServletResponse response,
			@Nullable ModelMap redirect) {
		String target = location.startsWith("/") ? sameOrigin(location) : location;
		if (redirect instanceof RedirectAttributes attributes) {
			StringBuilder query = new StringBuilder(target);
			attributes.asMap().forEach((name, value) -> query.append((query.indexOf("?") < 0) ? '?' : '&')
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)));
			target = query.toString();
			Map<String, ?> flash = attributes.getFlashAttributes();
			if (!flash.isEmpty()) {
				FlashMap output = RequestContextUtils.getOutputFlashMap(request);
				output.putAll(flash);
			}
		}
		RequestContextUtils.saveOutputFlashMap(target, request, response);
		return target;
	}

	/** {@code 303 See Other} to the location. */
	static void seeOther(HttpServletResponse response, String location) {
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", location);
	}

	/** Tells the client runtime to navigate to the location (a whole page load, not a swap). */
	static void navigate(HttpServletResponse response, String location) {
		response.setStatus(HttpStatus.OK.value());
		response.setHeader(NAVIGATE_HEADER, location);
	}

}
