package dev.serveractions.revalidation.app;

import java.security.Principal;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/** An application with cached and revalidating handlers of every shape the tests need. */
@SpringBootApplication
public class CacheTestApplication {

	/** Stands in for a login: {@code X-User: alice} makes the request alice's. */
	@Bean
	FilterRegistrationBean<Filter> fakeLogin() {
		Filter filter = (request, response, chain) -> {
			String user = ((HttpServletRequest) request).getHeader("X-User");
			if (user == null) {
				chain.doFilter(request, response);
				return;
			}
			chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request) {
				@Override
				public Principal getUserPrincipal() {
					return () -> user;
				}
			}, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(-100);
		return registration;
	}

	/**
	 * An application's own token check at the default filter order, after the response cache's
	 * filter: {@code /cached/members/*} answers 401 without {@code X-Token}.
	 */
	@Bean
	FilterRegistrationBean<Filter> tokenCheck() {
		Filter filter = (request, response, chain) -> {
			if (((HttpServletRequest) request).getHeader("X-Token") == null) {
				((HttpServletResponse) response).sendError(401);
				return;
			}
			chain.doFilter(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/cached/members/*");
		return registration;
	}

	/**
	 * An application's own bearer-token login at the default filter order: it puts the token's
	 * user in a request attribute and sets no principal, as many hand-written token filters do.
	 */
	@Bean
	FilterRegistrationBean<Filter> bearerLogin() {
		Filter filter = (request, response, chain) -> {
			String authorization = ((HttpServletRequest) request).getHeader("Authorization");
			if (authorization != null && authorization.startsWith("Bearer ")) {
				request.setAttribute("tokenUser", authorization.substring("Bearer ".length()));
			}
			chain.doFilter(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/cached/greeting", "/cached/catalog");
		return registration;
	}

}
