package dev.serveractions.route;

import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A verb the route lacks ({@code 405}) or an {@code Accept} none of its answers meets
 * ({@code 406}) fails in Spring MVC before any handler is chosen, where advice scoped to route
 * handlers cannot see it. This resolver hands such a failure to Spring MVC's exception resolvers
 * as if the route had raised it, so it gets the route's problem body, and a {@code 405} gets an
 * {@code Allow} header that lists HEAD and OPTIONS too.
 */
final class RouteMatchFailures implements HandlerExceptionResolver, Ordered {

	private final RouteHandlers routes;

	private final ObjectProvider<HandlerExceptionResolver> mvcResolver;

	RouteMatchFailures(RouteHandlers routes, ObjectProvider<HandlerExceptionResolver> mvcResolver) {
		this.routes = routes;
		this.mvcResolver = mvcResolver;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (handler != null || !(ex instanceof HttpRequestMethodNotSupportedException
				|| ex instanceof HttpMediaTypeNotAcceptableException)) {
			return null;
		}
		RouteHandlers.Route route = this.routes.find(request);
		HandlerExceptionResolver mvc = this.mvcResolver.getIfAvailable();
		if (route == null || mvc == null) {
			return null;
		}
		Exception failure = ex;
		if (ex instanceof HttpRequestMethodNotSupportedException notSupported) {
			Set<String> allow = new TreeSet<>(route.verbs());
			String[] supported = notSupported.getSupportedMethods();
			if (supported != null) {
				allow.addAll(Set.of(supported));
			}
			failure = new HttpRequestMethodNotSupportedException(notSupported.getMethod(), allow);
		}
		return mvc.resolveException(request, response, route.anyHandler(), failure);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

}
