package dev.serveractions.action;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * HMAC-SHA256 keys: the current secret first, then the previous ones. Derives action ids from
 * names and signs bound values. Without a configured secret, ids use a fixed key (they stay
 * stable, they are not secret) and signatures a random key of this process.
 */
final class Keyring {

	private static final byte[] DEFAULT_ID_KEY = "dev.serveractions/id".getBytes(StandardCharsets.UTF_8);

	private static final int SIGNATURE_BYTES = 16;

	private static final int KEY_ID_BYTES = 3;

	private static final byte[] KEY_ID_LABEL = "dev.serveractions/key-id".getBytes(StandardCharsets.UTF_8);

	/** Shortest accepted secret: an HMAC-SHA256 key should carry 256 bits. */
	static final int MIN_SECRET_BYTES = 32;

	/**
	 * System property holding this JVM's development signing key when no secret is set, so that
	 * signatures survive a devtools restart (a new class loader, the same JVM).
	 */
	static final String DEVELOPMENT_KEY_PROPERTY = "dev.serveractions.development-key";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final List<Mac> idKeys = new ArrayList<>();

	private final List<Mac> signingKeys = new ArrayList<>();

	private final boolean configured;

	Keyring(@Nullable String secret, List<String> previousSecrets) {
		this.configured = secret != null && !secret.isEmpty();
		if (this.configured) {
			if (isTooShort(secret)) {
				throw new IllegalStateException("server-actions.secret must be at least " + MIN_SECRET_BYTES
						+ " bytes long: it is an HMAC-SHA256 key, and a short one can be guessed. "
						+ "Generate one with: openssl rand -base64 32");
			}
			addSecret(secret);
			previousSecrets.stream().filter((previous) -> !previous.isEmpty()).forEach(this::addSecret);
		}
		else {
			this.idKeys.add(mac(DEFAULT_ID_KEY));
			this.signingKeys.add(mac(developmentKey()));
		}
	}

	/** Whether a secret is set but too short to be a key. */
	static boolean isTooShort(@Nullable String secret) {
		return secret != null && !secret.isEmpty() && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES;
	}

	/** A random key per JVM, kept in a system property so that restarts in the JVM share it. */
	private static synchronized byte[] developmentKey() {
		String key = System.getProperty(DEVELOPMENT_KEY_PROPERTY);
		if (key == null) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			key = ENCODER.encodeToString(random);
			System.setProperty(DEVELOPMENT_KEY_PROPERTY, key);
		}
		return DECODER.decode(key);
	}

	private void addSecret(String secret) {
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		this.idKeys.add(mac(derive(bytes, "id")));
		this.signingKeys.add(mac(derive(bytes, "bind")));
	}

	boolean isConfigured() {
		return this.configured;
	}

	/**
	 * A short fingerprint of the current keys: it changes when the secret does (and, without a
	 * secret, from one process to the next), so caches can keep HTML rendered under other keys
	 * apart.
	 */
	String version() {
		byte[] label = "dev.serveractions/version".getBytes(StandardCharsets.UTF_8);
		byte[] ids = hmac(this.idKeys.get(0), label);
		byte[] signatures = hmac(this.signingKeys.get(0), label);
		byte[] both = new byte[8];
		System.arraycopy(ids, 0, both, 0, 4);
		System.arraycopy(signatures, 0, both, 4, 4);
		return ENCODER.encodeToString(both);
	}

	/**
	 * A short fingerprint of the current id key alone: ids computed at build time under the same
	 * fingerprint are the ids this keyring computes.
	 */
	String idKeyFingerprint() {
		return ENCODER.encodeToString(Arrays.copyOf(hmac(this.idKeys.get(0), KEY_ID_LABEL), 8));
	}

	/** Whether there are keys before the current one, whose ids still identify actions. */
	boolean hasPreviousKeys() {
		return this.idKeys.size() > 1;
	}

	/** The action id under the current key. */
	String id(String name) {
		return id(this.idKeys.get(0), name);
	}

	/** The action ids under the keys before the current one, newest first. */
	List<String> previousIds(String name) {
		List<String> ids = new ArrayList<>(this.idKeys.size() - 1);
		for (Mac key : this.idKeys.subList(1, this.idKeys.size())) {
			ids.add(id(key, name));
		}
		return ids;
	}

	private static String id(Mac key, String name) {
		return ENCODER.encodeToString(truncate(hmac(key, name.getBytes(StandardCharsets.UTF_8))));
	}

	/**
	 * A token carrying the values, signed for the named action: the signing key's short id, the
	 * signature, then the values.
	 */
	String sign(String name, List<String> values) {
		Mac key = this.signingKeys.get(0);
		byte[] signed = new byte[KEY_ID_BYTES + SIGNATURE_BYTES];
		System.arraycopy(keyId(key), 0, signed, 0, KEY_ID_BYTES);
		System.arraycopy(truncate(hmac(key, message(name, values))), 0, signed, KEY_ID_BYTES, SIGNATURE_BYTES);
		StringBuilder token = new StringBuilder(ENCODER.encodeToString(signed));
		for (String value : values) {
			token.append('.').append(ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8)));
		}
		return token.toString();
	}

	/**
	 * The values of a token signed for the named action under a key of the keyring.
	 * @return the values; stale when the token was signed with a key the keyring no longer has
	 * (a restart without a secret, a rotation); or {@code null} if the token is malformed,
	 * tampered with or signed for another action
	 */
	@Nullable Verified verify(String name, String token) {
		String[] parts = token.split("\\.", -1);
		List<String> values = new ArrayList<>(parts.length - 1);
		byte[] signed;
		try {
			signed = DECODER.decode(parts[0]);
			for (int i = 1; i < parts.length; i++) {
				values.add(new String(DECODER.decode(parts[i]), StandardCharsets.UTF_8));
			}
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (signed.length != KEY_ID_BYTES + SIGNATURE_BYTES) {
			return null;
		}
		byte[] id = Arrays.copyOf(signed, KEY_ID_BYTES);
		byte[] signature = Arrays.copyOfRange(signed, KEY_ID_BYTES, signed.length);
		for (Mac key : this.signingKeys) {
			if (MessageDigest.isEqual(id, keyId(key))) {
				return MessageDigest.isEqual(signature, truncate(hmac(key, message(name, values))))
						? new Verified(values, false) : null;
			}
		}
		return new Verified(values, true);
	}

	/** The values of a verified token; stale ones must not be used. */
	record Verified(List<String> values, boolean stale) {

	}

	private static byte[] keyId(Mac key) {
		return Arrays.copyOf(hmac(key, KEY_ID_LABEL), KEY_ID_BYTES);
	}

	/** Length-prefixed, so that no two value lists give the same message. */
	private static byte[] message(String name, List<String> values) {
		StringBuilder message = new StringBuilder(name.length() + 16 * (values.size() + 1));
		message.append(name.length()).append(':').append(name);
		for (String value : values) {
			message.append(value.length()).append(':').append(value);
		}
		return message.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] derive(byte[] secret, String purpose) {
		return hmac(mac(secret), ("dev.serveractions/" + purpose).getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] truncate(byte[] digest) {
		byte[] truncated = new byte[SIGNATURE_BYTES];
		System.arraycopy(digest, 0, truncated, 0, SIGNATURE_BYTES);
		return truncated;
	}

	private static Mac mac(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** Computes on a clone of the initialised key, so that threads never share a Mac. */
	private static byte[] hmac(Mac key, byte[] message) {
		try {
			Mac mac = (Mac) key.clone();
			return mac.doFinal(message);
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("HmacSHA256 cannot be cloned", ex);
		}
	}

}
