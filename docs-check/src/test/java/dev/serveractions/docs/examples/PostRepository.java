package dev.serveractions.docs.examples;

import java.util.List;

/** The posts of the Next.js comparison. */
public class PostRepository {

	public void create(String title) {
	}

	public List<String> findAll() {
		return List.of();
	}

}
