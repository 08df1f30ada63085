package dev.serveractions.examples.todo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Files attached to todos, stored in the database next to them (deleted with their todo). */
@Repository
public class AttachmentRepository {

	private final JdbcClient jdbc;

	AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored file: what a download sends. */
	record Content(String name, byte[] content) {

	}

	public void add(long todoId, String name, byte[] content) {
		this.jdbc
			.sql("insert into attachment (todo_id, name, content) values (:todoId, :name, :content)")
			.param("todoId", todoId)
			.param("name", name)
			.param("content", content)
			.update();
	}

	/** All attachments, oldest first. */
	public List<Attachment> findAll() {
		return this.jdbc
			.sql("select id, todo_id, name, octet_length(content) as size from attachment order by id")
			.query(Attachment.class)
			.list();
	}

	/** All attachments by the id of their todo, for rendering the list. */
	public Map<Long, List<Attachment>> byTodo() {
		Map<Long, List<Attachment>> byTodo = new LinkedHashMap<>();
		for (Attachment attachment : findAll()) {
			byTodo.computeIfAbsent(attachment.todoId(), (id) -> new ArrayList<>()).add(attachment);
		}
		return byTodo;
	}

	Optional<Content> content(long id) {
		return this.jdbc.sql("select name, content from attachment where id = :id")
			.param("id", id)
			.query(Content.class)
			.optional();
	}

}
