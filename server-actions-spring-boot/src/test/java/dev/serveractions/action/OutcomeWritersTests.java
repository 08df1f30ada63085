package dev.serveractions.action;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerAdapter;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.mvc.Controller;
import org.springframework.web.servlet.mvc.ParameterizableViewController;
import org.springframework.web.servlet.mvc.SimpleControllerHandlerAdapter;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome table of {@code docs/server-actions.md}, row by row, for each client: a browser
 * with JavaScript off, the client runtime, and a script asking for JSON.
 */
class OutcomeWritersTests {

	/** The page: shows the model's "shown" and, if asked to, the failure (as #actions.error does). */
	static final View PAGE = (model, request, response) -> {
		if (model != null && Boolean.TRUE.equals(model.get("showsErrors"))) {
			request.setAttribute(ActionOutcome.ERROR_SHOWN_ATTRIBUTE, true);
		}
		response.setContentType("text/html");
		response.getWriter().write("page " + ((model != null) ? model.get("shown") : null));
	};

	static final Controller BROKEN_PAGE = (request, response) -> {
		throw new IllegalStateException("no such todo");
	};

	/** What the client got: the written response, or the page to render. */
	record Answer(MockHttpServletResponse response, @Nullable ModelAndView page) {

		String body() throws Exception {
			return this.response.getContentAsString();
		}

	}

	Answer answer(ClientShape client, Outcome outcome) throws Exception {
		return answer(client, outcome, new ParameterizableViewController(), Map.of(), null);
	}

	Answer answer(ClientShape client, Outcome outcome, Object pageHandler, Map<String, Object> model,
			@Nullable ModelMap redirect) throws Exception {
		if (pageHandler instanceof ParameterizableViewController controller) {
			controller.setViewName("page");
		}
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("adapter", new SimpleControllerHandlerAdapter());
		beans.addBean("viewResolver", (ViewResolver) (name, locale) -> "page".equals(name) ? PAGE : null);
		ActionResponses responses = new ActionResponses(new StaticMessageSource(),
				() -> List.of(new JacksonJsonHttpMessageConverter()));
		ActionAnswers answers = new ActionAnswers(beans.getBeanProvider(HandlerAdapter.class),
				beans.getBeanProvider(ViewResolver.class), responses);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/todos");
		MockHttpServletResponse response = new MockHttpServletResponse();
		ActionInvocation invocation = new ActionInvocation(action(), List.of(), new HandlerExecutionChain(pageHandler),
				client);
		ModelAndView page = answers.write(outcome, new ActionExchange(request, response, invocation, model, redirect));
		if (page != null) {
			View view = (page.getView() != null) ? page.getView() : resolve(page.getViewName(), request);
			view.render(page.getModel(), request, response);
		}
		return new Answer(response, page);
	}

	/** As the {@code DispatcherServlet} resolves a view name, with the library's resolver first. */
	static View resolve(@Nullable String viewName, MockHttpServletRequest request) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			View redirect = new RedirectViewResolver().resolveViewName(String.valueOf(viewName), Locale.ROOT);
			return (redirect != null) ? redirect : PAGE;
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	static ActionMethod action() throws NoSuchMethodException {
		Actions bean = new Actions();
		var method = Actions.class.getMethod("run");
		return new ActionMethod("todos.run", "ID", method, () -> new HandlerMethod(bean, method), true, List.of(), 0);
	}

	public static class Actions {

		public void run() {
		}

	}

	@Nested
	class Ok {

		@Test
		void aFormGets303BackToThePage() throws Exception {
			Answer answer = answer(ClientShape.FORM, Outcome.ok());
			assertThat(answer.response().getStatus()).isEqualTo(303);
			assertThat(answer.response().getHeader("Location")).isEqualTo("/todos");
			assertThat(answer.response().getHeader(ServerActions.OUTCOME_HEADER)).isEqualTo("ok");
		}

		@Test
		void theRuntimeGetsThePageWithTheFlashAttributesInIt() throws Exception {
			RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
			redirect.addFlashAttribute("shown", "Saved");
			Answer answer = answer(ClientShape.RUNTIME, Outcome.ok(), new ParameterizableViewController(), Map.of(),
					redirect);
			assertThat(answer.page().getViewName()).isEqualTo("page");
			assertThat(answer.page().getModel()).containsEntry("shown", "Saved");
			assertThat(answer.response().getStatus()).isEqualTo(200);
		}

		@Test
		void jsonGetsTheOutcome() throws Exception {
			Answer answer = answer(ClientShape.JSON, Outcome.ok());
			assertThat(answer.response().getStatus()).isEqualTo(200);
			assertThat(answer.body()).isEqualTo("{\"outcome\":\"ok\"}");
		}

	}

	@Nested
	class Redirect {

		@Test
		void aFormAndTheRuntimeGet303ToTheLocationOnThisOrigin() throws Exception {
			for (ClientShape client : List.of(ClientShape.FORM, ClientShape.RUNTIME)) {
				Answer answer = answer(client, Outcome.redirect("//elsewhere.example/x"));
				assertThat(answer.response().getStatus()).isEqualTo(303);
				assertThat(answer.response().getHeader("Location")).isEqualTo("/elsewhere.example/x");
			}
		}

		@Test
		void redirectAttributesBecomeQueryParameters() throws Exception {
			RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
			redirect.addAttribute("cleared", "2");
			Answer answer = answer(ClientShape.FORM, Outcome.redirect("/todos"), new ParameterizableViewController(),
					Map.of(), redirect);
			assertThat(answer.response().getHeader("Location")).isEqualTo("/todos?cleared=2");
		}

		@Test
		void jsonGetsTheLocation() throws Exception {
			Answer answer = answer(ClientShape.JSON, Outcome.redirect("/todos"));
			assertThat(answer.body()).isEqualTo("{\"outcome\":\"redirect\",\"location\":\"/todos\"}");
		}

	}

	@Nested
	class Result {

		@Test
		void aFormAndTheRuntimeGetThePageWith200() throws Exception {
			for (ClientShape client : List.of(ClientShape.FORM, ClientShape.RUNTIME)) {
				Answer answer = answer(client, Outcome.result(3), new ParameterizableViewController(),
						Map.of("shown", "input"), null);
				assertThat(answer.response().getStatus()).isEqualTo(200);
				assertThat(answer.body()).isEqualTo("page input");
				assertThat(answer.response().getHeader(ServerActions.OUTCOME_HEADER)).isEqualTo("result");
			}
		}

		@Test
		void jsonGetsTheValue() throws Exception {
			assertThat(answer(ClientShape.JSON, Outcome.result(3)).body())
				.isEqualTo("{\"outcome\":\"result\",\"result\":3}");
		}

		@Test
		void whenThePageFailsAFormIsRedirectedAndTheRuntimeToldToNavigate() throws Exception {
			Answer form = answer(ClientShape.FORM, Outcome.result(3), BROKEN_PAGE, Map.of(), null);
			assertThat(form.response().getStatus()).isEqualTo(303);
			assertThat(form.response().getHeader("Location")).isEqualTo("/todos");
			Answer runtime = answer(ClientShape.RUNTIME, Outcome.ok(), BROKEN_PAGE, Map.of(), null);
			assertThat(runtime.response().getStatus()).isEqualTo(200);
			assertThat(runtime.response().getHeader(Redirects.NAVIGATE_HEADER)).isEqualTo("/todos");
		}

	}

	@Nested
	class Invalid {

		@Test
		void aFormAndTheRuntimeGetThePageWith422AndTheActionsModel() throws Exception {
			for (ClientShape client : List.of(ClientShape.FORM, ClientShape.RUNTIME)) {
				Answer answer = answer(client, Outcome.invalid(null), new ParameterizableViewController(),
						Map.of("shown", "submitted"), null);
				assertThat(answer.response().getStatus()).isEqualTo(422);
				assertThat(answer.page().getViewName()).isEqualTo("page");
				assertThat(answer.page().getModel()).containsEntry("shown", "submitted");
			}
		}

		@Test
		void jsonGetsAProblemWithFieldCodeAndMessage() throws Exception {
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new OutcomeWritersTests.Form(), "form");
			errors.rejectValue("text", "NotBlank", "must not be blank");
			Answer answer = answer(ClientShape.JSON, Outcome.invalid(errors));
			assertThat(answer.response().getStatus()).isEqualTo(422);
			assertThat(answer.response().getContentType()).isEqualTo("application/problem+json");
			assertThat(answer.body())
				.contains("\"errors\":[{\"field\":\"text\",\"code\":\"NotBlank\",\"message\":\"must not be blank\"}]");
		}

	}

	public static class Form {

		private String text = "";

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	@Nested
	class Failed {

		Outcome failure = Outcome.failed(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong", "ref-1");

		@Test
		void aPageThatShowsTheErrorIsSentWithTheFailureStatus() throws Exception {
			for (ClientShape client : List.of(ClientShape.FORM, ClientShape.RUNTIME)) {
				Answer answer = answer(client, this.failure, new ParameterizableViewController(),
						Map.of("showsErrors", true, "shown", "input"), null);
				assertThat(answer.response().getStatus()).isEqualTo(500);
				assertThat(answer.body()).isEqualTo("page input");
				assertThat(answer.response().getHeader(ServerActions.OUTCOME_HEADER)).isEqualTo("error");
			}
		}

		@Test
		void aPageThatDoesNotShowItGivesAFormTheErrorPageAndTheRuntimeAProblem() throws Exception {
			Answer form = answer(ClientShape.FORM, this.failure);
			assertThat(form.response().getStatus()).isEqualTo(500);
			assertThat(form.response().getErrorMessage()).isEqualTo("Reference: ref-1");
			assertThat(form.body()).isEmpty();
			Answer runtime = answer(ClientShape.RUNTIME, this.failure);
			assertThat(runtime.response().getStatus()).isEqualTo(500);
			assertThat(runtime.response().getContentType()).isEqualTo("application/problem+json");
			assertThat(runtime.body()).contains("Something went wrong").contains("ref-1").doesNotContain("page");
		}

		@Test
		void jsonGetsAProblemWithTheCorrelationId() throws Exception {
			Answer answer = answer(ClientShape.JSON, this.failure);
			assertThat(answer.response().getStatus()).isEqualTo(500);
			assertThat(answer.body()).contains("\"correlationId\":\"ref-1\"");
		}

	}

	@Nested
	class Rejected {

		@Test
		void aFormGetsASmallPageAndScriptsAProblem() throws Exception {
			Outcome rejected = Outcome.rejected(HttpStatus.NOT_FOUND, "There is no page at this address.");
			Answer form = answer(ClientShape.FORM, rejected);
			assertThat(form.response().getStatus()).isEqualTo(404);
			assertThat(form.response().getContentType()).startsWith("text/html");
			assertThat(form.body()).contains("There is no page at this address.");
			assertThat(form.response().getHeader(ServerActions.OUTCOME_HEADER)).isNull();
			for (ClientShape client : List.of(ClientShape.RUNTIME, ClientShape.JSON)) {
				Answer script = answer(client, rejected);
				assertThat(script.response().getStatus()).isEqualTo(404);
				assertThat(script.response().getContentType()).isEqualTo("application/problem+json");
			}
		}

		@Test
		void aStaleFormGivesAFormThePageThatKeepsTheInput() throws Exception {
			Answer form = answer(ClientShape.FORM, Outcome.stale(HttpStatus.CONFLICT, "This page is out of date."));
			assertThat(form.response().getStatus()).isEqualTo(409);
			assertThat(form.body()).contains("This form is out of date");
			Answer runtime = answer(ClientShape.RUNTIME, Outcome.stale(HttpStatus.CONFLICT, "This page is out of date."));
			assertThat(runtime.response().getContentType()).isEqualTo("application/problem+json");
		}

	}

}
