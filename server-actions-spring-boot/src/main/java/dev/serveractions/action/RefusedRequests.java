package dev.serveractions.action;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;

/**
 * The log of refused requests (cross-site, malformed, stale...), kept to a few lines a minute
 * whatever a client sends: the first refusal after a quiet minute is logged at WARN, the ones in
 * the minute after it are counted per kind and summed up in one WARN line when the minute is
 * over (at the next refusal, or when the application stops). WARN lines carry only the library's
 * own words and numbers, never text from the request; each refusal is logged at DEBUG with its
 * path, shortened and stripped of control characters. The client's answer says why in any case.
 */
final class RefusedRequests implements DisposableBean {

	static final String CROSS_SITE = "cross-site";

	static final String TOO_LARGE = "too large";

	static final String MALFORMED = "malformed body";

	static final String UNKNOWN_ACTION = "unknown action";

	static final String OUT_OF_DATE = "out-of-date form";

	static final String NO_PAGE = "no page";

	static final String CHANGED_BOUND_VALUES = "changed bound values";

	static final String INVALID_INPUT = "invalid input";

	private static final Log logger = LogFactory.getLog(RefusedRequests.class);

	private static final int MAX_LOGGED_PATH = 80;

	private final Clock clock;

	private final Duration window;

	private @Nullable Instant windowStart;

	private final Map<String, Long> counts = new TreeMap<>();

	private final ReentrantLock lock = new ReentrantLock();

	RefusedRequests() {
		this(Clock.systemUTC(), Duration.ofMinutes(1));
	}

	RefusedRequests(Clock clock, Duration window) {
		this.clock = clock;
		this.window = window;
	}

	/**
	 * Logs a refusal.
	 * @param kind one of this class's kinds: the library's words, never the request's
	 * @param status the answer's status
	 * @param request the refused request
	 */
	void refused(String kind, int status, HttpServletRequest request) {
		if (logger.isDebugEnabled()) {
			logger.debug("Refused " + printable(request.getMethod()) + " " + printable(request.getRequestURI()) + " with " + status
					+ ": " + kind);
		}
		if (!logger.isWarnEnabled()) {
			return;
		}
		Instant now = this.clock.instant();
		String summary;
		this.lock.lock();
		try {
			if (this.windowStart != null && now.isBefore(this.windowStart.plus(this.window))) {
				this.counts.merge(kind, 1L, Long::sum);
				return;
			}
			summary = summary();
			this.windowStart = now;
		}
		finally {
			this.lock.unlock();
		}
		if (summary != null) {
			logger.warn(summary);
		}
		logger.warn("Refused a request with " + status + ": " + kind + ". Refusals in the next "
				+ this.window.toSeconds() + " s are counted and summed up in one line; each is logged at DEBUG for "
				+ RefusedRequests.class.getName() + ".");
	}

	/**
	 * The line that sums up the window that ended, if anything was refused in it; counting starts
	 * anew. Called under the lock, and logged after it is released: a lock held while the log
	 * is written would hold every refused request (and, on JDK 21, a virtual thread's carrier).
	 */
	private @Nullable String summary() {
		long total = this.counts.values().stream().mapToLong(Long::longValue).sum();
		String summary = null;
		if (total > 0 && this.windowStart != null) {
			StringJoiner kinds = new StringJoiner(", ");
			this.counts.forEach((kind, count) -> kinds.add(count + " " + kind));
			summary = "Refused " + total + " more request" + ((total == 1) ? "" : "s") + " in the "
					+ this.window.toSeconds() + " s after " + this.windowStart.truncatedTo(ChronoUnit.SECONDS) + ": "
					+ kinds + ".";
		}
		this.counts.clear();
		this.windowStart = null;
		return summary;
	}

	@Override
	public void destroy() {
		String summary;
		this.lock.lock();
		try {
			summary = summary();
		}
		finally {
			this.lock.unlock();
		}
		if (summary != null) {
			logger.warn(summary);
		}
	}

	/** The path as it may be logged: at most {@value #MAX_LOGGED_PATH} characters, no control characters. */
	static String printable(@Nullable String text) {
		if (text == null) {
			return "";
		}
		StringBuilder printable = new StringBuilder(Math.min(text.length(), MAX_LOGGED_PATH + 1));
		for (int i = 0; i < text.length() && printable.length() < MAX_LOGGED_PATH; i++) {
			char c = text.charAt(i);
			printable.append((Character.isISOControl(c) || Character.isWhitespace(c)) ? '?' : c);
		}
		return (text.length() > MAX_LOGGED_PATH) ? printable + "..." : printable.toString();
	}

}
