package dev.serveractions.action.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** The state the actions change, so that tests can assert that a refused request changed nothing. */
@Component
public class NoteStore {

	private final Map<Long, Note> notes = new ConcurrentSkipListMap<>();

	private final AtomicLong ids = new AtomicLong();

	/** Counts every call that reached an action or the page's own POST mapping. */
	public final AtomicInteger calls = new AtomicInteger();

	public Note add(String text, java.time.@Nullable LocalDate due) {
		long id = this.ids.incrementAndGet();
		Note note = new Note(id, text, due, null);
		this.notes.put(id, note);
		return note;
	}

	public void attach(long id, String attachment) {
		this.notes.computeIfPresent(id, (key, note) -> new Note(id, note.text(), note.due(), attachment));
	}

	public boolean delete(long id) {
		return this.notes.remove(id) != null;
	}

	public List<Note> all() {
		return List.copyOf(this.notes.values());
	}

	public void reset() {
		this.notes.clear();
		this.calls.set(0);
	}

}
