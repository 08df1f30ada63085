package dev.serveractions.action;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
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

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final List<Mac> idKeys = new ArrayList<>();

	private final List<Mac> signingKeys = new ArrayList<>();

	private final boolean configured;

	Keyring(@Nullable String secret, List<String> previousSecrets) {
		this.configured = secret != null && !secret.isEmpty();
		if (this.configured) {
			addSecret(secret);
			previousSecrets.stream().filter((previous) -> !previous.isEmpty()).forEach(this::addSecret);
		}
		else {
			this.idKeys.add(mac(DEFAULT_ID_KEY));
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			this.signingKeys.add(mac(random));
		}
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

	/** The action id under the current key. */
	String id(String name) {
		return ids(name).get(0);
	}

	/** The action ids under every key, current first. */
	List<String> ids(String name) {
		byte[] message = name.getBytes(StandardCharsets.UTF_8);
		List<String> ids = new ArrayList<>(this.idKeys.size());
		for (Mac key : this.idKeys) {
			ids.add(ENCODER.encodeToString(truncate(hmac(key, message))));
		}
		return ids;
	}

	/** A token carrying the values, signed for the named action. */
	String sign(String name, List<String> values) {
		StringBuilder token = new StringBuilder(
				ENCODER.encodeToString(truncate(hmac(this.signingKeys.get(0), message(name, values)))));
		for (String value : values) {
			token.append('.').append(ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8)));
		}
		return token.toString();
	}

	/**
	 * The values of a token signed for the named action under any key.
	 * @return the values, or {@code null} if the token is malformed, tampered with or signed for
	 * another action
	 */
	@Nullable List<String> verify(String name, String token) {
		String[] parts = token.split("\\.", -1);
		List<String> values = new ArrayList<>(parts.length - 1);
		byte[] signature;
		try {
			signature = DECODER.decode(parts[0]);
			for (int i = 1; i < parts.length; i++) {
				values.add(new String(DECODER.decode(parts[i]), StandardCharsets.UTF_8));
			}
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		byte[] message = message(name, values);
		for (Mac key : this.signingKeys) {
			if (MessageDigest.isEqual(signature, truncate(hmac(key, message)))) {
				return values;
			}
		}
		return null;
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
