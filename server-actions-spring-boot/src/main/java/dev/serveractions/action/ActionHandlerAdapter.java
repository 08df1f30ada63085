package dev.serveractions.action;

import java.util.Map;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerAdapter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Runs the action a request was mapped to: invokes it with Spring MVC's machinery, turns what it
 * produced into an {@link Outcome} ({@link Outcomes}), applies its {@code @Revalidates} on
 * success, and has the outcome written for the client, inside a {@code serveractions.action}
 * observation ({@link ActionObservation}). An exception that is not an outcome
 * (neither validation nor {@link UserFacingException}) leaves here unchanged, for the
 * application's exception handling, as from a {@code @PostMapping}.
 */
final class ActionHandlerAdapter implements HandlerAdapter, Ordered {

	private final ActionInvoker invoker;

	private final ActionAnswers answers;

	private final ActionRevalidation revalidation;

	private final ObservationRegistry observations;

	private final RefusedRequests refused;

	ActionHandlerAdapter(ActionInvoker invoker, ActionAnswers answers, ActionRevalidation revalidation,
			ObservationRegistry observations, RefusedRequests refused) {
		this.invoker = invoker;
		this.answers = answers;
		this.revalidation = revalidation;
		this.observations = observations;
		this.refused = refused;
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
			this.refused.refused(rejection.kind(), rejection.outcome().status().value(), request);
			if (rejection.unknownAction()) {
				response.setHeader(ServerActions.NOT_FOUND_HEADER, "1");
			}
			return this.answers.write(rejection.outcome(), new ActionExchange(request, response, null, Map.of(), null));
		}
		ActionInvocation invocation = (ActionInvocation) handler;
		request.setAttribute(ActionInvocation.ATTRIBUTE, invocation);
		ActionObservation observation = ActionObservation.start(this.observations, invocation.action().name());
		try {
			return run(request, response, invocation, observation);
		}
		finally {
			observation.stop();
		}
	}

	private @Nullable ModelAndView run(HttpServletRequest request, HttpServletResponse response,
			ActionInvocation invocation, ActionObservation observation) throws Exception {
		ActionInvoker.Invoked invoked;
		try {
			invoked = this.invoker.invoke(request, response, invocation);
		}
		catch (Exception ex) {
			Outcome outcome = Outcomes.thrown(ex);
			if (outcome == null || outcome.kind() == Outcome.Kind.FAILED) {
				observation.error(ex);
			}
			if (outcome == null) {
				throw ex;
			}
			observation.outcome(outcome.kind());
			return this.answers.write(outcome,
					new ActionExchange(request, response, invocation, ActionInvoker.boundModel(request), null));
		}
		Outcome outcome = Outcomes.returned(invoked.value(), invoked.model(), uriVariables(request));
		observation.outcome(outcome.kind());
		if (outcome.committed()) {
			// revalidations land before anything is rendered
			this.revalidation.afterSuccess(invocation.action().method(), request);
		}
		return this.answers.write(outcome,
				new ActionExchange(request, response, invocation, invoked.model(), invoked.redirect()));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> uriVariables(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

}
