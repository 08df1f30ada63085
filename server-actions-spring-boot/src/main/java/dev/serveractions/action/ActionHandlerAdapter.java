package dev.serveractions.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerAdapter;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Runs the action a request was mapped to and turns its outcome into the response: redirect →
 * 303, {@code void} → 303 back to the page (the page itself for the client runtime), validation
 * failure → 422 with the page rendered again, a value → 200 with the page rendered again, an
 * exception → its message (user-facing) or a generic one with a correlation id; and the JSON
 * shapes of all of these for {@code Accept: application/json}.
 */
final class ActionHandlerAdapter implements HandlerAdapter, Ordered {

	private static final Log logger = LogFactory.getLog(ActionHandlerAdapter.class);

	private static final String SECURITY_PACKAGE = "org.springframework.security.";

	static final String GENERIC_ERROR = "Something went wrong and nothing was changed. Please try again.";

	private final ApplicationContext context;

	private final PageRenderer pages;

	private final StandardProblems standardProblems = new StandardProblems();

	private volatile @Nullable ActionInvoker invoker;

	private final ActionResponses responses;

	private final ActionRevalidation revalidates;

	ActionHandlerAdapter(ApplicationContext context, ActionResponses responses) {
		this.context = context;
		this.pages = new PageRenderer(context);
		this.responses = responses;
		this.revalidates = new ActionRevalidation(context);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public boolean supports(Object handler) {
		return handler instanceof ActionInvocation || handler instanceof ActionRejection;
	}

	@Override
	public @Nullable ModelAndView handle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (handler instanceof ActionRejection rejection) {
			reject(request, response, rejection);
		}
		else {
			run(request, response, (ActionInvocation) handler);
		}
		return null;
	}

	private void reject(HttpServletRequest request, HttpServletResponse response, ActionRejection rejection)
			throws Exception {
		if (rejection.unknownAction()) {
			response.setHeader(ServerActions.NOT_FOUND_HEADER, "1");
			if (rejection.status() == HttpStatus.CONFLICT && !ActionResponses.fromScript(request)
					&& !ActionResponses.wantsJson(request)) {
				responses().stalePage(request, response, rejection.status().value(), rejection.detail());
				return;
			}
		}
		responses().problem(request, response, ProblemDetail.forStatusAndDetail(rejection.status(), rejection.detail()));
	}

	private void run(HttpServletRequest request, HttpServletResponse response, ActionInvocation invocation)
			throws Exception {
		ActionMethod action = invocation.action();
		request.setAttribute(ActionInvocation.BOUND_VALUES_ATTRIBUTE, invocation.boundValues());
		ActionInvoker.Invoked invoked;
		try {
			invoked = invoker().invoke(request, response, action.resolvedHandlerMethod());
		}
		catch (BindException ex) {
			invalid(request, response, action, ex.getBindingResult());
			return;
		}
		catch (UserFacingException ex) {
			failed(request, response, action, ex.getStatus(), String.valueOf(ex.getMessage()), null);
			return;
		}
		catch (Exception ex) {
			if (ex.getClass().getName().startsWith(SECURITY_PACKAGE)) {
				// access denied / authentication required: Spring Security's filters answer
				throw ex;
			}
			ProblemDetail problem = this.standardProblems.problem(ex, request, response);
			if (problem != null && HttpStatusCode.valueOf(problem.getStatus()).is4xxClientError()) {
				responses().problem(request, response, problem);
				return;
			}
			String correlationId = UUID.randomUUID().toString();
			logger.error("Server action \"" + action.name() + "\" (" + action.describe() + ") failed [correlationId="
					+ correlationId + "]", ex);
			failed(request, response, action, HttpStatus.INTERNAL_SERVER_ERROR, GENERIC_ERROR, correlationId);
			return;
		}
		Object value = invoked.value();
		if (value instanceof ActionResult result && result.location() == null) {
			invalid(request, response, action, result.errors());
			return;
		}
		if (!(value instanceof ActionResult)) {
			for (Object attribute : invoked.model().values()) {
				if (attribute instanceof BindingResult errors && errors.hasErrors()) {
					invalid(request, response, action, errors);
					return;
				}
			}
		}
		// a success: revalidations land before anything is rendered
		this.revalidates.afterSuccess(action.method(), request);
		if (value instanceof ActionResult result) {
			redirect(request, response, result.location());
		}
		else if (value == null) {
			succeeded(request, response, action);
		}
		else {
			returned(request, response, action, value);
		}
	}

	private void redirect(HttpServletRequest request, HttpServletResponse response, String location)
			throws Exception {
		response.setHeader(ServerActions.OUTCOME_HEADER, "redirect");
		if (ActionResponses.wantsJson(request)) {
			responses().json(response, HttpStatus.OK, Map.of("outcome", "redirect", "location", location));
			return;
		}
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", location);
	}

	private void succeeded(HttpServletRequest request, HttpServletResponse response, ActionMethod action)
			throws Exception {
		response.setHeader(ServerActions.OUTCOME_HEADER, "ok");
		if (ActionResponses.wantsJson(request)) {
			responses().json(response, HttpStatus.OK, Map.of("outcome", "ok"));
			return;
		}
		if (ActionResponses.fromScript(request)) {
			// the runtime swaps the page in: one round trip instead of 303 + GET
			request.setAttribute(ActionOutcome.ATTRIBUTE, new ActionOutcome(action.name(), null, null, null));
			if (this.pages.render(request, response, HttpStatus.OK.value(), Map.of())) {
				return;
			}
		}
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", ActionResponses.pageUrl(request));
	}

	private void returned(HttpServletRequest request, HttpServletResponse response, ActionMethod action, Object value)
			throws Exception {
		response.setHeader(ServerActions.OUTCOME_HEADER, "result");
		if (ActionResponses.wantsJson(request)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("outcome", "result");
			body.put("result", value);
			responses().json(response, HttpStatus.OK, body);
			return;
		}
		request.setAttribute(ActionOutcome.ATTRIBUTE, new ActionOutcome(action.name(), value, null, null));
		if (!this.pages.render(request, response, HttpStatus.OK.value(), ActionInvoker.boundModel(request))) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", ActionResponses.pageUrl(request));
		}
	}

	private void invalid(HttpServletRequest request, HttpServletResponse response, ActionMethod action,
			@Nullable Errors errors) throws Exception {
		response.setHeader(ServerActions.OUTCOME_HEADER, "invalid");
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The submitted values are not valid.");
		problem.setProperty("errors", describe(request, errors));
		if (!ActionResponses.wantsJson(request)) {
			request.setAttribute(ActionOutcome.ATTRIBUTE, new ActionOutcome(action.name(), null, null, null));
			Map<String, Object> model = ActionInvoker.boundModel(request);
			if (errors instanceof BindingResult bindingResult) {
				bindingResult.getModel().forEach((name, value) -> {
					if (value != null) {
						model.put(name, value);
					}
				});
			}
			if (this.pages.render(request, response, status.value(), model)) {
				return;
			}
		}
		responses().problem(request, response, problem);
	}

	private void failed(HttpServletRequest request, HttpServletResponse response, ActionMethod action,
			HttpStatusCode status, String message, @Nullable String correlationId) throws Exception {
		response.setHeader(ServerActions.OUTCOME_HEADER, "error");
		if (!ActionResponses.wantsJson(request)) {
			request.setAttribute(ActionOutcome.ATTRIBUTE, new ActionOutcome(action.name(), null, message, correlationId));
			if (this.pages.render(request, response, status.value(), ActionInvoker.boundModel(request))) {
				return;
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		if (correlationId != null) {
			problem.setProperty("correlationId", correlationId);
		}
		responses().problem(request, response, problem);
	}

	private List<Map<String, String>> describe(HttpServletRequest request, @Nullable Errors errors) {
		List<Map<String, String>> described = new ArrayList<>();
		if (errors == null) {
			return described;
		}
		for (var error : errors.getAllErrors()) {
			Map<String, String> entry = new LinkedHashMap<>();
			if (error instanceof FieldError field) {
				entry.put("field", field.getField());
			}
			entry.put("message", message(request, error));
			described.add(entry);
		}
		return described;
	}

	private String message(HttpServletRequest request, MessageSourceResolvable error) {
		boolean bindingFailure = error instanceof FieldError field && field.isBindingFailure();
		// a binding failure's default message is Spring's conversion text: not for users
		MessageSourceResolvable resolvable = bindingFailure
				? new DefaultMessageSourceResolvable(error.getCodes(), error.getArguments()) : error;
		try {
			return this.context.getMessage(resolvable, RequestContextUtils.getLocale(request));
		}
		catch (NoSuchMessageException ex) {
			return (bindingFailure || error.getDefaultMessage() == null) ? "has an invalid value"
					: error.getDefaultMessage();
		}
	}

	/** Spring MVC's own mapping of its exceptions (missing parameter, type mismatch...) to problems. */
	private static final class StandardProblems extends ResponseEntityExceptionHandler {

		@Nullable ProblemDetail problem(Exception ex, HttpServletRequest request, HttpServletResponse response) {
			try {
				ResponseEntity<Object> entity = handleException(ex, new ServletWebRequest(request, response));
				return (entity != null && entity.getBody() instanceof ProblemDetail problem) ? problem : null;
			}
			catch (Exception notStandard) {
				return null;
			}
		}

	}

	private ActionInvoker invoker() {
		ActionInvoker invoker = this.invoker;
		if (invoker == null) {
			invoker = new ActionInvoker(
					this.context.getBean("requestMappingHandlerAdapter", RequestMappingHandlerAdapter.class),
					this.context);
			this.invoker = invoker;
		}
		return invoker;
	}

	private ActionResponses responses() {
		return this.responses;
	}

}
