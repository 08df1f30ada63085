package dev.serveractions.live;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open event stream: its emitter, its tags, and the newest refresh waiting to be sent (one
 * at most is queued, whatever number of revalidations reach it meanwhile).
 */
record Connection(SseEmitter emitter, Set<String> tags, AtomicLong pending, AtomicBoolean queued) {

	Connection(SseEmitter emitter, Set<String> tags) {
		this(emitter, tags, new AtomicLong(), new AtomicBoolean());
	}

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

}
