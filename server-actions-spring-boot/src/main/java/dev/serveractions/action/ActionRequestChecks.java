package dev.serveractions.action;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The checks an action request passes before anything else happens: it comes from this site
 * (or an allowed origin), and its body is within {@code server-actions.max-body-size}.
 * <p>
 * "This site" is the origin the application resolves — scheme, host and port, after
 * {@code server.forward-headers-strategy} applied a proxy's {@code X-Forwarded-*} headers — but
 * a {@code Host} header is chosen by the client (a DNS-rebinding page sends its own), so without
 * a proxy the resolved origin counts only for a loopback host, as in development. Elsewhere, list
 * the public origin in {@code server-actions.allowed-origins}.
 */
final class ActionRequestChecks {

	private final Set<String> allowedOrigins;

	private final long maxBodySize;

	private final boolean behindProxy;

	/**
	 * @param allowedOrigins the origins allowed besides the resolved one
	 * @param maxBodySize the largest body, in bytes
	 * @param behindProxy whether a proxy sets the public origin ({@code server.forward-headers-strategy})
	 */
	ActionRequestChecks(List<String> allowedOrigins, long maxBodySize, boolean behindProxy) {
		this.allowedOrigins = Set.copyOf(allowedOrigins);
		this.maxBodySize = maxBodySize;
		this.behindProxy = behindProxy;
	}

	/** The rejection of a request that fails a check, or {@code null} when it passes them. */
	@Nullable ActionRejection check(HttpServletRequest request) {
		if (!isSameOriginOrAllowed(request)) {
			return ActionRejection.of(RefusedRequests.CROSS_SITE, HttpStatus.FORBIDDEN, "Server actions only accept posts from this site.");
		}
		if (bodySize(request) > this.maxBodySize) {
			return ActionRejection.of(RefusedRequests.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
					"The request is larger than " + this.maxBodySize + " bytes.");
		}
		return null;
	}

	/**
	 * The declared length or, for a chunked body, the bytes it took on the wire: the
	 * url-encoded size of its fields plus the size of its files. The container reads form and
	 * multipart bodies before any handler mapping runs (its own post size limit bounds that).
	 */
	static long bodySize(HttpServletRequest request) {
		long length = request.getContentLengthLong();
		if (length >= 0) {
			return length;
		}
		long size = 0;
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				size += encodedLength(parameter.getKey()) + encodedLength(value) + 2;
			}
		}
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			for (List<MultipartFile> files : multipart.getMultiFileMap().values()) {
				for (MultipartFile file : files) {
					size += file.getSize();
				}
			}
		}
		return size;
	}

	/** The length of the text url-encoded as UTF-8, as a browser sends a form field. */
	static long encodedLength(String text) {
		long length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '.'
					|| c == '-' || c == '*' || c == '_') {
				length++;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
				length += 12;
				i++;
			}
			else {
				length += 3L * String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
			}
		}
		return length;
	}

	/**
	 * Same-origin posts pass; so do posts from a listed origin, and requests that carry neither
	 * {@code Origin} nor {@code Sec-Fetch-Site} (not from a browser).
	 */
	private boolean isSameOriginOrAllowed(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin != null) {
			return this.allowedOrigins.contains(origin) || (origin.equalsIgnoreCase(ownOrigin(request))
					&& (this.behindProxy || isLoopback(request.getServerName())));
		}
		String site = request.getHeader("Sec-Fetch-Site");
		return site == null || "same-origin".equals(site) || "none".equals(site);
	}

	/** A loopback host name or address literal; nothing is looked up. */
	static boolean isLoopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		return name.equals("localhost") || name.endsWith(".localhost") || name.equals("[::1]") || name.equals("::1")
				|| name.matches("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
	}

	private static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)
				|| port <= 0;
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
	}

}
