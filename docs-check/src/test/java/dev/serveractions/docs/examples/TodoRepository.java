package dev.serveractions.docs.examples;

import java.util.List;
import java.util.Optional;

/** The demo's {@code TodoRepository}, plus the few queries the docs' fragments call. */
public class TodoRepository {

	public List<Todo> findAll(String query) {
		return List.of();
	}

	public List<Todo> findAll() {
		return List.of();
	}

	public Optional<Todo> find(long id) {
		return Optional.empty();
	}

	public Todo add(String text, boolean completed) {
		return new Todo(1, text, completed);
	}

	public boolean update(Todo todo) {
		return true;
	}

	public boolean delete(long id) {
		return true;
	}

	public int clearCompleted() {
		return 0;
	}

	public long count() {
		return 0;
	}

	public long done() {
		return 0;
	}

	public boolean existsByText(String text) {
		return false;
	}

	public void rename(long id, String text) {
	}

	public Stats stats() {
		return new Stats(0, 0);
	}

}
