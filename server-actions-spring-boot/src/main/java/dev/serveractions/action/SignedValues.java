package dev.serveractions.action;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Signs lists of strings with the keys of server actions ({@code server-actions.secret} and
 * {@code previous-secrets}), as {@code sa:bind} values are signed, for a purpose of the caller's
 * own: a token signed for one purpose never verifies for another, nor as bound values of an
 * action. Live pages sign their subscriptions with it.
 *
 * <pre class="code">
 * String token = signedValues.sign("invite", List.of(email));
 * List&lt;String&gt; values = signedValues.verify("invite", token);   // null: forged or expired
 * </pre>
 *
 * @since 0.1
 */
public interface SignedValues {

	/**
	 * Signs values under the current key.
	 * @param purpose what the token is for
	 * @param values the values, readable by whoever holds the token
	 * @return a URL-safe token
	 */
	String sign(String purpose, List<String> values);

	/**
	 * The values of a token signed for {@code purpose} under a key of the keyring.
	 * @param purpose what the token must have been signed for
	 * @param token the token
	 * @return the values, or {@code null} when the token is malformed, tampered with, signed for
	 * another purpose, or signed with a key the keyring no longer holds (a rotation, or a restart
	 * without a configured secret)
	 */
	@Nullable List<String> verify(String purpose, String token);

}
