package dev.serveractions.redis;

import java.util.ArrayList;
import java.util.List;

import dev.serveractions.revalidation.Mode;
import org.jspecify.annotations.Nullable;

/**
 * What the instances send each other on the channel: a revalidation (its mode and tags) or a
 * health probe (a nonce that only its sender waits for), both with the sender's instance id.
 * Text: {@code sa1}, the instance id, the kind ({@code EXPIRE}, {@code STALE} or {@code PROBE}),
 * each on its own line, then the tags as {@code <length>:<tag>} (or the nonce).
 */
record ClusterMessage(String instance, @Nullable Mode mode, List<String> tags, String nonce) {

	private static final String VERSION = "sa1";

	private static final String PROBE = "PROBE";

	static ClusterMessage revalidation(String instance, Mode mode, List<String> tags) {
		return new ClusterMessage(instance, mode, tags, "");
	}

	static ClusterMessage probe(String instance, String nonce) {
		return new ClusterMessage(instance, null, List.of(), nonce);
	}

	boolean isProbe() {
		return this.mode == null;
	}

	String encode() {
		StringBuilder text = new StringBuilder(64).append(VERSION).append('\n').append(this.instance).append('\n');
		if (this.mode == null) {
			return text.append(PROBE).append('\n').append(this.nonce).toString();
		}
		text.append(this.mode.name()).append('\n');
		for (String tag : this.tags) {
			text.append(tag.length()).append(':').append(tag);
		}
		return text.toString();
	}

	/** The message in {@code text}, or {@code null} if it is not one (another version, garbage). */
	static @Nullable ClusterMessage decode(String text) {
		String[] head = text.split("\n", 4);
		if (head.length != 4 || !VERSION.equals(head[0])) {
			return null;
		}
		if (PROBE.equals(head[2])) {
			return probe(head[1], head[3]);
		}
		try {
			Mode mode = Mode.valueOf(head[2]);
			List<String> tags = new ArrayList<>();
			String body = head[3];
			int at = 0;
			while (at < body.length()) {
				int colon = body.indexOf(':', at);
				int end = colon + 1 + Integer.parseInt(body.substring(at, colon));
				tags.add(body.substring(colon + 1, end));
				at = end;
			}
			return tags.isEmpty() ? null : revalidation(head[1], mode, List.copyOf(tags));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
