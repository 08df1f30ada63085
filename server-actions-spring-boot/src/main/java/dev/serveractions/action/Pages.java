package dev.serveractions.action;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.HandlerAdapter;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The page an action was posted to, rendered again: its GET handler runs (with the query
 * parameters only, through the application's own handler adapter), and the model the action saw
 * goes on top of the handler's, so that {@code th:object}, {@code th:field} and
 * {@code th:errors} show the submitted values and the errors. The result is an ordinary
 * {@link ModelAndView} that the {@code DispatcherServlet} renders.
 */
final class Pages {

	private static final Log logger = LogFactory.getLog(Pages.class);

	private final SingletonSupplier<List<HandlerAdapter>> adapters;

	private final SingletonSupplier<List<ViewResolver>> viewResolvers;

	private final ActionResponses responses;

	/** The adapters and view resolvers are those the {@code DispatcherServlet} uses, in order. */
	Pages(ObjectProvider<HandlerAdapter> adapters, ObjectProvider<ViewResolver> viewResolvers,
			ActionResponses responses) {
		this.adapters = SingletonSupplier.of(() -> adapters.orderedStream()
			.filter((adapter) -> !(adapter instanceof ActionHandlerAdapter))
			.toList());
		this.viewResolvers = SingletonSupplier.of(() -> viewResolvers.orderedStream().toList());
		this.responses = responses;
	}

	/**
	 * The page with the status and the model on top.
	 * @return the page, or {@code null} when its handler rendered no view
	 */
	@Nullable ModelAndView render(ActionExchange exchange, HttpStatusCode status, Map<String, ?> model)
			throws Exception {
		Object handler = exchange.requireInvocation().pageHandler();
		HandlerAdapter adapter = this.adapters.obtain().stream()
			.filter((candidate) -> candidate.supports(handler))
			.findFirst()
			.orElse(null);
		if (adapter == null) {
			return null;
		}
		ModelAndView page = adapter.handle(new PageRequest(exchange.request()), exchange.response(), handler);
		if (page == null || !page.hasView()) {
			return null;
		}
		page.addAllObjects(model);
		page.setStatus(status);
		exchange.response().setStatus(status.value());
		return page;
	}

	/**
	 * The page again after the action of a committed outcome, or {@code null} when it cannot be
	 * rendered (its handler failed or gave no view): the action's success stands regardless.
	 */
	@Nullable ModelAndView renderCommitted(ActionExchange exchange, Map<String, ?> model) {
		try {
			ModelAndView page = render(exchange, HttpStatus.OK, model);
			if (page != null) {
				CommittedActionFilter.expect(exchange);
			}
			return page;
		}
		catch (Exception ex) {
			// the exception's message may quote the request (a query parameter of the wrong type): at DEBUG only
			logger.warn("Server action \"" + exchange.requireInvocation().action().name() + "\" succeeded, but its "
					+ "page could not be rendered again (" + ex.getClass().getSimpleName() + "; details at DEBUG)");
			logger.debug("The page of a server action could not be rendered again", ex);
			exchange.response().reset();
			return null;
		}
	}

	/**
	 * The page again after a validation failure, with the submitted values and the errors; the
	 * problem when there is no page to render.
	 */
	@Nullable ModelAndView renderInvalid(ActionExchange exchange, Outcome outcome) throws Exception {
		ModelAndView page = render(exchange, outcome.status(), exchange.model());
		if (page == null) {
			this.responses.problem(exchange.requireInvocation().client(), exchange.request(), exchange.response(),
					this.responses.invalidProblem(exchange.request(), outcome));
		}
		return page;
	}

	/**
	 * The page of a failed action, showing {@code ${#actions.error}}; when the page does not show
	 * it, the failure is answered as if there were no page (see {@link FailurePageView}): the
	 * problem.
	 */
	@Nullable ModelAndView renderFailure(ActionExchange exchange, Outcome outcome) throws Exception {
		ModelAndView page = render(exchange, outcome.status(), exchange.model());
		View view = (page == null) ? null : page.isReference() ? resolve(page.getViewName(), exchange) : page.getView();
		ClientShape client = exchange.requireInvocation().client();
		if (page == null || view == null) {
			this.responses.problem(client, exchange.request(), exchange.response(),
					this.responses.failureProblem(outcome));
			return null;
		}
		page.setView(new FailurePageView(view, client, outcome, this.responses));
		return page;
	}

	private @Nullable View resolve(@Nullable String viewName, ActionExchange exchange) throws Exception {
		if (viewName == null) {
			return null;
		}
		Locale locale = RequestContextUtils.getLocale(exchange.request());
		for (ViewResolver resolver : this.viewResolvers.obtain()) {
			View view = resolver.resolveViewName(viewName, locale);
			if (view != null) {
				return view;
			}
		}
		return null;
	}

}
