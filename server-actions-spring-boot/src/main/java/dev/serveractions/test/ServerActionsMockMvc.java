package dev.serveractions.test;

import java.util.Arrays;
import java.util.List;

import dev.serveractions.action.ServerActions;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.util.AssertionErrors;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Calls server actions by name in MockMvc tests, in the shapes a browser sends: a form post
 * with JavaScript off, the client runtime's request, or a JSON call from script. Needs
 * {@code spring-test} (the library declares it optional).
 *
 * <pre class="code">
 * import static dev.serveractions.test.ServerActionsMockMvc.*;
 *
 * mvc.perform(post("/todos").param("text", "Buy milk").with(serverAction("todos.create")))
 *     .andExpect(status().isSeeOther())
 *     .andExpect(outcome("ok"));
 *
 * mvc.perform(post("/todos").with(serverAction("todoActions.delete").bind(42).fromRuntime()))
 *     .andExpect(status().isOk());                      // the page, rendered again
 *
 * mvc.perform(post("/todos").param("text", "").with(serverAction("todos.create").asJson()))
 *     .andExpect(status().isUnprocessableContent())
 *     .andExpect(jsonPath("$.errors[0].field").value("text"));
 * </pre>
 *
 * <p>Post to the URL of the page the form is on: a validation failure renders that page again.
 * With Spring Security add {@code .with(csrf())} as for any form post.
 */
public final class ServerActionsMockMvc {

	private ServerActionsMockMvc() {
	}

	/**
	 * A request post-processor that makes a POST run the named action, as a form with
	 * JavaScript off would send it.
	 * @param name the action's name
	 * @return the post-processor, to refine with {@link ActionRequest#bind}, {@link ActionRequest#fromRuntime()}
	 * or {@link ActionRequest#asJson()}
	 */
	public static ActionRequest serverAction(String name) {
		return new ActionRequest(name, List.of(), Shape.FORM);
	}

	/**
	 * Asserts the outcome of the action: {@code ok}, {@code result}, {@code redirect},
	 * {@code invalid} or {@code error} (the {@code Sa-Outcome} header).
	 * @param expected the expected outcome
	 * @return the matcher
	 */
	public static ResultMatcher outcome(String expected) {
		return (result) -> AssertionErrors.assertEquals("Server action outcome (" + ServerActions.OUTCOME_HEADER + ")",
				expected, result.getResponse().getHeader(ServerActions.OUTCOME_HEADER));
	}

	private enum Shape {

		FORM, RUNTIME, JSON

	}

	/** A server action request under construction; immutable. */
	public static final class ActionRequest implements RequestPostProcessor {

		private final String name;

		private final List<Object> bound;

		private final Shape shape;

		private ActionRequest(String name, List<Object> bound, Shape shape) {
			this.name = name;
			this.bound = bound;
			this.shape = shape;
		}

		/**
		 * Values for the action's {@code @Bound} parameters, signed as {@code sa:bind} signs
		 * them.
		 * @param values the values, in parameter order
		 * @return a request with these values
		 */
		public ActionRequest bind(Object... values) {
			return new ActionRequest(this.name, Arrays.asList(values), this.shape);
		}

		/**
		 * Sent as the client runtime sends it: header {@code Sa-Action}, answered with the page.
		 * @return a runtime request
		 */
		public ActionRequest fromRuntime() {
			return new ActionRequest(this.name, this.bound, Shape.RUNTIME);
		}

		/**
		 * Sent as {@code ServerActions.call(name, data)} sends it: header
		 * {@code Sa-Action-Name} and {@code Accept: application/json}, answered with JSON.
		 * @return a JSON request
		 */
		public ActionRequest asJson() {
			return new ActionRequest(this.name, this.bound, Shape.JSON);
		}

		@Override
		public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
			WebApplicationContext context = WebApplicationContextUtils
				.getRequiredWebApplicationContext(request.getServletContext());
			ServerActions actions = context.getBean(ServerActions.class);
			String id = actions.id(this.name);
			request.setMethod("POST");
			if (request.getContentType() == null) {
				request.setContentType("application/x-www-form-urlencoded");
			}
			switch (this.shape) {
				case FORM -> request.addParameter(ServerActions.ACTION_FIELD, id);
				case RUNTIME -> {
					request.addHeader(ServerActions.ACTION_HEADER, id);
					request.addHeader(HttpHeaders.ACCEPT, "text/html, application/problem+json");
				}
				case JSON -> {
					request.addHeader(ServerActions.ACTION_NAME_HEADER, this.name);
					request.addHeader(HttpHeaders.ACCEPT, "application/json");
				}
			}
			if (!this.bound.isEmpty()) {
				request.addParameter(ServerActions.BIND_FIELD, actions.bind(this.name, this.bound));
			}
			return request;
		}

	}

}
