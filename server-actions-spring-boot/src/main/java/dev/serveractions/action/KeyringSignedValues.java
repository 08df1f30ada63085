package dev.serveractions.action;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * {@link SignedValues} over the keyring of the actions. A purpose is signed as a name that no
 * action can have (it starts with a NUL character), so tokens never pass for bound values.
 */
final class KeyringSignedValues implements SignedValues {

	private static final String PURPOSE_MARK = "\u0000";

	private final Keyring keyring;

	KeyringSignedValues(Keyring keyring) {
		this.keyring = keyring;
	}

	@Override
	public String sign(String purpose, List<String> values) {
		return this.keyring.sign(PURPOSE_MARK + purpose, values);
	}

	@Override
	public @Nullable List<String> verify(String purpose, String token) {
		Keyring.Verified verified = this.keyring.verify(PURPOSE_MARK + purpose, token);
		return (verified != null && !verified.stale()) ? verified.values() : null;
	}

}
