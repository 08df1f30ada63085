package dev.serveractions.revalidation;

import java.util.Enumeration;
import java.util.function.Consumer;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * A session that tells {@link RecordingRequest} when a render used it: wrote it, invalidated
 * it, or read a value or the attribute names. A read that finds nothing is not a use (the
 * answer then holds for every session without that attribute), nor is reading its id.
 */
final class WatchedSession implements HttpSession {

	private final HttpSession session;

	private final Runnable used;

	private final Consumer<String> absent;

	WatchedSession(HttpSession session, Runnable used, Consumer<String> absent) {
		this.session = session;
		this.used = used;
		this.absent = absent;
	}

	@Override
	public @Nullable Object getAttribute(String name) {
		Object value = this.session.getAttribute(name);
		if (value != null) {
			this.used.run();
		}
		else {
			this.absent.accept(name);
		}
		return value;
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		this.used.run();
		return this.session.getAttributeNames();
	}

	@Override
	public void setAttribute(String name, @Nullable Object value) {
		this.used.run();
		this.session.setAttribute(name, value);
	}

	@Override
	public void removeAttribute(String name) {
		this.used.run();
		this.session.removeAttribute(name);
	}

	@Override
	public void invalidate() {
		this.used.run();
		this.session.invalidate();
	}

	@Override
	public String getId() {
		// not a use: Spring MVC reads it for every request's RequestHandledEvent
		return this.session.getId();
	}

	@Override
	public long getCreationTime() {
		return this.session.getCreationTime();
	}

	@Override
	public long getLastAccessedTime() {
		return this.session.getLastAccessedTime();
	}

	@Override
	public ServletContext getServletContext() {
		return this.session.getServletContext();
	}

	@Override
	public void setMaxInactiveInterval(int interval) {
		this.session.setMaxInactiveInterval(interval);
	}

	@Override
	public int getMaxInactiveInterval() {
		return this.session.getMaxInactiveInterval();
	}

	@Override
	public boolean isNew() {
		return this.session.isNew();
	}

}
