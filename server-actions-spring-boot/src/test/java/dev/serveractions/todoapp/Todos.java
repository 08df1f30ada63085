package dev.serveractions.todoapp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** The todos, counting the writes that reach them. */
@Component
public class Todos {

	private final Map<Long, Todo> todos = new ConcurrentSkipListMap<>();

	private final AtomicLong ids = new AtomicLong();

	public final AtomicInteger writes = new AtomicInteger();

	public void reset() {
		this.todos.clear();
		this.ids.set(0);
		this.writes.set(0);
	}

	public Todo add(String text) {
		this.writes.incrementAndGet();
		Todo todo = new Todo(this.ids.incrementAndGet(), text);
		this.todos.put(todo.id(), todo);
		return todo;
	}

	public void update(Todo todo) {
		this.writes.incrementAndGet();
		this.todos.put(todo.id(), todo);
	}

	public boolean delete(long id) {
		this.writes.incrementAndGet();
		return this.todos.remove(id) != null;
	}

	public Optional<Todo> find(long id) {
		return Optional.ofNullable(this.todos.get(id));
	}

	public List<Todo> all() {
		return List.copyOf(this.todos.values());
	}

}
