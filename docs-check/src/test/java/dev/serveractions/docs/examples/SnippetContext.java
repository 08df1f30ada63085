package dev.serveractions.docs.examples;

import dev.serveractions.revalidation.RevalidationService;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;

/**
 * What a snippet that is only methods or statements may use without declaring it: the fields of
 * the class it is shown from on its page. Whole classes get none of these.
 */
public abstract class SnippetContext {

	protected TodoRepository todos;

	protected OwnerRepository owners;

	protected PostRepository posts;

	protected RevalidationService revalidation;

	protected MockMvc mvc;

	protected Model model;

}
