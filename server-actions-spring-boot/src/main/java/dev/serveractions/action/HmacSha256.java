package dev.serveractions.action;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * One HMAC-SHA256 key (RFC 2104): the same bytes as {@code javax.crypto.Mac} "HmacSHA256", on the
 * JDK's SHA-256 {@link MessageDigest}. The first use of {@code javax.crypto} in a process sets up
 * the JCE (its providers and policy files), about 15 ms of an application's startup that nothing
 * else there needs. The key's inner and outer pads are hashed once; each MAC goes on from copies
 * of those two states, which are never changed, so threads may share a key.
 */
final class HmacSha256 {

	private static final int BLOCK_BYTES = 64;

	private final MessageDigest inner;

	private final MessageDigest outer;

	HmacSha256(byte[] key) {
		// a key longer than a block is hashed first; a shorter one is padded with zeros
		byte[] block = Arrays.copyOf((key.length > BLOCK_BYTES) ? sha256().digest(key) : key, BLOCK_BYTES);
		byte[] pad = new byte[BLOCK_BYTES];
		this.inner = sha256();
		for (int i = 0; i < BLOCK_BYTES; i++) {
			pad[i] = (byte) (block[i] ^ 0x36);
		}
		this.inner.update(pad);
		this.outer = sha256();
		for (int i = 0; i < BLOCK_BYTES; i++) {
			pad[i] = (byte) (block[i] ^ 0x5c);
		}
		this.outer.update(pad);
		Arrays.fill(block, (byte) 0);
		Arrays.fill(pad, (byte) 0);
	}

	/** The 32-byte MAC of the message. */
	byte[] mac(byte[] message) {
		MessageDigest digest = copy(this.inner);
		digest.update(message);
		byte[] innerHash = digest.digest();
		digest = copy(this.outer);
		digest.update(innerHash);
		return digest.digest();
	}

	private static MessageDigest copy(MessageDigest state) {
		try {
			return (MessageDigest) state.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("SHA-256 digests cannot be copied", ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
