package dev.serveractions.route;

import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A verb the route lacks fails in Spring MVC before any handler is chosen, where advice scoped to
 * route handlers cannot see it. This resolver hands such a {@code 405} to Spring MVC's exception
 * resolvers as if the route had raised it, so it gets the route's problem body and an
 * {@code Allow} header that lists HEAD and OPTIONS too.
 */
final class RouteMethodNotAllowedResolver implements HandlerExceptionResolver, Ordered {

	private static final String MVC_RESOLVER_BEAN_NAME = "handlerExceptionResolver";

	private final RouteHandlers routes;

	private final BeanFactory beanFactory;

	RouteMethodNotAllowedResolver(RouteHandlers routes, BeanFactory beanFactory) {
		this.routes = routes;
		this.beanFactory = beanFactory;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (handler != null || !(ex instanceof HttpRequestMethodNotSupportedException notSupported)) {
			return null;
		}
		RouteHandlers.Route route = this.routes.find(request);
		if (route == null || !this.beanFactory.containsBean(MVC_RESOLVER_BEAN_NAME)) {
			return null;
		}
		Set<String> allow = new TreeSet<>(route.verbs());
		String[] supported = notSupported.getSupportedMethods();
		if (supported != null) {
			allow.addAll(Set.of(supported));
		}
		HandlerExceptionResolver mvc = this.beanFactory.getBean(MVC_RESOLVER_BEAN_NAME,
				HandlerExceptionResolver.class);
		return mvc.resolveException(request, response, route.anyHandler(),
				new HttpRequestMethodNotSupportedException(notSupported.getMethod(), allow));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

}
