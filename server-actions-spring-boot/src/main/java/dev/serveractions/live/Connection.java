package dev.serveractions.live;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One open event stream: its tags, the writer lane it belongs to, and the newest refresh waiting
 * to be sent (one at most is queued, whatever number of revalidations reach it meanwhile).
 */
final class Connection {

	private final Set<String> tags;

	private final int lane;

	private final AtomicLong pending = new AtomicLong();

	private final AtomicBoolean queued = new AtomicBoolean();

	private volatile LiveStream stream;

	Connection(Set<String> tags, int lane) {
		this.tags = tags;
		this.lane = lane;
	}

	Set<String> tags() {
		return this.tags;
	}

	int lane() {
		return this.lane;
	}

	AtomicLong pending() {
		return this.pending;
	}

	AtomicBoolean queued() {
		return this.queued;
	}

	LiveStream stream() {
		return this.stream;
	}

	void attach(LiveStream stream) {
		this.stream = stream;
	}

}
