package dev.serveractions.examples.kotlin

import org.springframework.jdbc.core.JdbcTemplate
import org.springframework.jdbc.core.RowMapper
import org.springframework.jdbc.support.GeneratedKeyHolder
import org.springframework.stereotype.Repository

/** The notes, in a table of the application's database (H2 in memory unless configured). */
@Repository
class NoteRepository(private val jdbc: JdbcTemplate) {

	private val rows = RowMapper { rs, _ ->
		Note(rs.getLong("id"), rs.getString("text"), rs.getBoolean("pinned"), rs.getString("tag"))
	}

	fun find(id: Long): Note? =
		jdbc.query("select id, text, pinned, tag from note where id = ?", rows, id).firstOrNull()

	/** Pinned notes first, then the newest; `query` filters by text when given. */
	fun findAll(query: String? = null, limit: Int = 100): List<Note> =
		jdbc.query("select id, text, pinned, tag from note where ? is null or lower(text) like ? " +
				"order by pinned desc, id desc limit ?", rows, query, "%${query?.lowercase()}%", limit)

	fun add(text: String, pinned: Boolean = false, tag: String? = null): Note {
		val keys = GeneratedKeyHolder()
		jdbc.update({ connection ->
			connection.prepareStatement("insert into note (text, pinned, tag) values (?, ?, ?)", arrayOf("id")).apply {
				setString(1, text)
				setBoolean(2, pinned)
				setString(3, tag)
			}
		}, keys)
		return Note(keys.key!!.toLong(), text, pinned, tag)
	}

	fun update(note: Note): Boolean =
		jdbc.update("update note set text = ?, pinned = ?, tag = ? where id = ?",
				note.text, note.pinned, note.tag, note.id) == 1

	fun pin(id: Long, pinned: Boolean?): Boolean =
		jdbc.update("update note set pinned = coalesce(?, not pinned) where id = ?", pinned, id) == 1

	fun delete(id: Long): Boolean = jdbc.update("delete from note where id = ?", id) == 1

	fun count(): Int = jdbc.queryForObject("select count(*) from note", Int::class.java)!!

}
