package dev.serveractions.examples.todo;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Todos in the database (H2 by default, PostgreSQL by setting the datasource URL). */
@Repository
public class TodoRepository {

	private final JdbcClient jdbc;

	TodoRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All todos, oldest first; when {@code query} has text, those whose text contains it, ignoring case. */
	public List<Todo> findAll(String query) {
		if (query == null || query.isBlank()) {
			return this.jdbc.sql("select id, text, completed from todo order by id").query(Todo.class).list();
		}
		String escaped = query.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return this.jdbc.sql("select id, text, completed from todo where lower(text) like :pattern escape '\\' order by id")
			.param("pattern", "%" + escaped + "%")
			.query(Todo.class)
			.list();
	}

	public Optional<Todo> find(long id) {
		return this.jdbc.sql("select id, text, completed from todo where id = :id").param("id", id).query(Todo.class).optional();
	}

	public Todo add(String text, boolean completed) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into todo (text, completed) values (:text, :completed)")
			.param("text", text)
			.param("completed", completed)
			.update(keys, "id");
		return new Todo(keys.getKeyAs(Long.class), text, completed);
	}

	/** Writes the todo's text and state; false when it does not exist. */
	public boolean update(Todo todo) {
		return this.jdbc.sql("update todo set text = :text, completed = :completed where id = :id")
			.param("text", todo.text())
			.param("completed", todo.completed())
			.param("id", todo.id())
			.update() == 1;
	}

	public boolean delete(long id) {
		return this.jdbc.sql("delete from todo where id = :id").param("id", id).update() == 1;
	}

	/** Flips the todo between done and not done; false when it does not exist. */
	public boolean toggle(long id) {
		return this.jdbc.sql("update todo set completed = not completed where id = :id").param("id", id).update() == 1;
	}

	/** Marks every todo done; returns how many were not done before. */
	public int completeAll() {
		return this.jdbc.sql("update todo set completed = true where completed = false").update();
	}

	/** Deletes the todos that are done (and their attachments); returns how many. */
	public int clearCompleted() {
		return this.jdbc.sql("delete from todo where completed = true").update();
	}

}
