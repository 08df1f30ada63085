package dev.serveractions.action;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's HMAC-SHA256, which action ids and signed values (and so every page rendered and
 * every form posted) depend on: the same bytes as the JDK's {@code Mac}, so ids and signatures do
 * not change with it.
 */
class HmacSha256Tests {

	@Test
	void macsAreThoseOfTheRfc4231TestVectorsIncludingAKeyLongerThanABlock() {
		assertThat(hex(new byte[20], (byte) 0x0b, "Hi There"))
			.isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
		assertThat(HexFormat.of()
			.formatHex(new HmacSha256("Jefe".getBytes(StandardCharsets.UTF_8))
				.mac("what do ya want for nothing?".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
		assertThat(hex(new byte[131], (byte) 0xaa, "Test Using Larger Than Block-Size Key - Hash Key First"))
			.isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
	}

	@Test
	void macsAreTheJdksHmacSha256ForKeysOfEveryLengthAroundTheBlockSize() throws Exception {
		Random random = new Random(21);
		for (int keyLength = 0; keyLength <= 150; keyLength++) {
			byte[] key = new byte[keyLength];
			random.nextBytes(key);
			HmacSha256 ours = new HmacSha256(key);
			for (int messageLength : new int[] { 0, 1, 55, 56, 64, 119, 1000 }) {
				byte[] message = new byte[messageLength];
				random.nextBytes(message);
				assertThat(ours.mac(message)).as("key of %d bytes, message of %d", keyLength, messageLength)
					.isEqualTo(jdk(key, message));
				assertThat(ours.mac(message)).as("the same key again").isEqualTo(jdk(key, message));
			}
		}
	}

	@Test
	void oneKeyGivesTheSameMacsToManyThreadsAtOnce() throws Exception {
		byte[] key = "a-secret-of-thirty-two-bytes-or-more".getBytes(StandardCharsets.UTF_8);
		HmacSha256 shared = new HmacSha256(key);
		CompletableFuture<?>[] threads = IntStream.range(0, 8).mapToObj((thread) -> CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 2000; i++) {
				byte[] message = ("action-" + thread + "-" + i).getBytes(StandardCharsets.UTF_8);
				try {
					assertThat(shared.mac(message)).isEqualTo(jdk(key, message));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
		})).toArray(CompletableFuture[]::new);
		CompletableFuture.allOf(threads).join();
	}

	private static String hex(byte[] key, byte fill, String message) {
		Arrays.fill(key, fill);
		return HexFormat.of().formatHex(new HmacSha256(key).mac(message.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] jdk(byte[] key, byte[] message) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		// the JDK refuses an empty key; HMAC defines it as a block of zeros, the same as a one-zero-byte key
		mac.init(new SecretKeySpec((key.length == 0) ? new byte[1] : key, "HmacSHA256"));
		return mac.doFinal(message);
	}

}
