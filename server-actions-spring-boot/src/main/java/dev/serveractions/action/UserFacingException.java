package dev.serveractions.action;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Thrown by a server action to refuse the request with a message that is safe to show to the
 * user: the page is rendered again with the message at {@code ${#actions.error}} (or, for a
 * JSON call, the message is the problem's {@code detail}). Any other exception is shown as a
 * generic message with a correlation id that the log carries too.
 *
 * <pre class="code">
 * &#64;ServerAction
 * public void add(&#64;Valid TodoForm form) {
 *     if (todos.count() &gt;= 100) {
 *         throw new UserFacingException("Your list is full: finish something first.");
 *     }
 *     todos.add(form.text());
 * }
 * </pre>
 */
public class UserFacingException extends RuntimeException {

	private final HttpStatusCode status;

	/**
	 * An exception answered with {@code 422 Unprocessable Content}.
	 * @param message the message shown to the user
	 */
	public UserFacingException(String message) {
		this(HttpStatus.UNPROCESSABLE_CONTENT, message);
	}

	/**
	 * An exception answered with the given status (for example {@code 403} or {@code 409}).
	 * @param status a 4xx status
	 * @param message the message shown to the user
	 */
	public UserFacingException(HttpStatusCode status, String message) {
		super(message);
		this.status = status;
	}

	/**
	 * The response status.
	 * @return the status
	 */
	public HttpStatusCode getStatus() {
		return this.status;
	}

}
