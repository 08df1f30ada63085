package dev.serveractions.revalidation;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The request as the rest of the chain sees it on a path a {@link CachedResponse} handler may
 * answer: it notes what a render read that could make its answer differ between clients, so
 * that the answer is stored under a key holding those values, or not at all. It notes the query
 * parameters read by name, a read of all of them at once, a read of the request's locale
 * (directly, through {@code Accept-Language} or by rendering a view), and whether the session was used: created, written,
 * or read for a value it holds. Looking for a value the session does not hold (as Spring MVC
 * does for flash attributes on every request) is not a use: the answer holds for any session
 * without that value, so the attribute's name becomes part of the key's shape.
 */
final class RecordingRequest extends HttpServletRequestWrapper {

	private final Set<String> parameters = ConcurrentHashMap.newKeySet();

	private volatile boolean allParameters;

	private volatile boolean locale;

	private volatile boolean sessionUsed;

	private final Set<String> absentSessionAttributes = ConcurrentHashMap.newKeySet();

	RecordingRequest(HttpServletRequest request) {
		super(request);
	}

	/** The query parameters read by name. */
	Set<String> parameters() {
		return Set.copyOf(this.parameters);
	}

	/** Whether all parameters were read at once (a map, the names, the query string). */
	boolean allParameters() {
		return this.allParameters;
	}

	/**
	 * Whether the answer depends on the locale: the request's locales or its
	 * {@code Accept-Language} were read (as a {@code LocaleResolver} does), or a view was rendered
	 * (Spring MVC renders every view in the locale its {@code LocaleResolver} resolves).
	 */
	boolean locale() {
		return this.locale;
	}

	/** Notes that the answer depends on the locale the application resolves. */
	void localeUsed() {
		this.locale = true;
	}

	/** Whether the session was created, written, or read for a value it holds. */
	boolean sessionUsed() {
		return this.sessionUsed;
	}

	/** The session attributes the render looked for and did not find. */
	Set<String> absentSessionAttributes() {
		return Set.copyOf(this.absentSessionAttributes);
	}

	@Override
	public @Nullable String getParameter(String name) {
		this.parameters.add(name);
		return super.getParameter(name);
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		this.parameters.add(name);
		return super.getParameterValues(name);
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		this.allParameters = true;
		return super.getParameterMap();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		this.allParameters = true;
		return super.getParameterNames();
	}

	@Override
	public @Nullable String getQueryString() {
		this.allParameters = true;
		return super.getQueryString();
	}

	@Override
	public Locale getLocale() {
		this.locale = true;
		return super.getLocale();
	}

	@Override
	public Enumeration<Locale> getLocales() {
		this.locale = true;
		return super.getLocales();
	}

	@Override
	public @Nullable String getHeader(String name) {
		noteHeader(name);
		return super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		noteHeader(name);
		return super.getHeaders(name);
	}

	private void noteHeader(String name) {
		if (HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name)) {
			this.locale = true;
		}
	}

	@Override
	public @Nullable HttpSession getSession(boolean create) {
		HttpSession session = super.getSession(create);
		return (session != null) ? watched(session) : null;
	}

	@Override
	public HttpSession getSession() {
		return watched(super.getSession());
	}

	private HttpSession watched(HttpSession session) {
		if (session.isNew()) {
			this.sessionUsed = true;
		}
		return new WatchedSession(session, () -> this.sessionUsed = true, this.absentSessionAttributes::add);
	}

}
