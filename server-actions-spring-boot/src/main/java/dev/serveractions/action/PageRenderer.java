package dev.serveractions.action;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.web.servlet.HandlerAdapter;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Renders the page an action was posted from again, in the action's response: runs the page's
 * own GET handler (found through the same handler mappings, adapters and interceptors the
 * {@code DispatcherServlet} uses), then puts the action's model (the submitted form object and
 * its {@code BindingResult}) over the handler's, so that {@code th:object}, {@code th:field} and
 * {@code th:errors} show the submitted values and the errors.
 */
final class PageRenderer {

	private final ApplicationContext context;

	private volatile @Nullable Machinery machinery;

	PageRenderer(ApplicationContext context) {
		this.context = context;
	}

	/**
	 * Renders the page with the given status and model on top.
	 * @return {@code false} if the URL has no GET handler to render
	 */
	boolean render(HttpServletRequest request, HttpServletResponse response, int status, Map<String, ?> model)
			throws Exception {
		Machinery machinery = machinery();
		HttpServletRequest get = new GetRequest(request);
		HandlerExecutionChain chain = null;
		for (HandlerMapping mapping : machinery.mappings) {
			chain = mapping.getHandler(get);
			if (chain != null) {
				break;
			}
		}
		if (chain == null || chain.getHandler() instanceof ResourceHttpRequestHandler) {
			return false;
		}
		Object handler = chain.getHandler();
		HandlerAdapter adapter = machinery.adapters.stream()
			.filter((candidate) -> candidate.supports(handler))
			.findFirst()
			.orElse(null);
		if (adapter == null) {
			return false;
		}
		List<HandlerInterceptor> interceptors = chain.getInterceptorList();
		int applied = 0;
		Exception failure = null;
		try {
			for (HandlerInterceptor interceptor : interceptors) {
				if (!interceptor.preHandle(get, response, handler)) {
					return true;
				}
				applied++;
			}
			response.setStatus(status);
			ModelAndView mav = adapter.handle(get, response, handler);
			if (mav != null) {
				mav.getModelMap().putAll(model);
				for (int i = interceptors.size() - 1; i >= 0; i--) {
					interceptors.get(i).postHandle(get, response, handler, mav);
				}
				View view = mav.isReference() ? resolve(machinery, mav.getViewName(), get) : mav.getView();
				if (view != null) {
					response.setStatus(status);
					view.render(mav.getModelMap(), get, response);
				}
			}
			return true;
		}
		catch (Exception ex) {
			failure = ex;
			throw ex;
		}
		finally {
			for (int i = applied - 1; i >= 0; i--) {
				try {
					interceptors.get(i).afterCompletion(get, response, handler, failure);
				}
				catch (Exception ignored) {
					// as the DispatcherServlet does, a failing afterCompletion does not hide the outcome
				}
			}
		}
	}

	private static @Nullable View resolve(Machinery machinery, @Nullable String viewName, HttpServletRequest request)
			throws Exception {
		if (viewName == null) {
			return null;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		for (ViewResolver resolver : machinery.viewResolvers) {
			View view = resolver.resolveViewName(viewName, locale);
			if (view != null) {
				return view;
			}
		}
		throw new IllegalStateException("Could not resolve view '" + viewName + "' to render the page again");
	}

	private Machinery machinery() {
		Machinery machinery = this.machinery;
		if (machinery == null) {
			machinery = new Machinery(beans(HandlerMapping.class), beans(HandlerAdapter.class),
					beans(ViewResolver.class));
			this.machinery = machinery;
		}
		return machinery;
	}

	private <T> List<T> beans(Class<T> type) {
		List<T> beans = new ArrayList<>(
				BeanFactoryUtils.beansOfTypeIncludingAncestors(this.context, type, true, false).values());
		AnnotationAwareOrderComparator.sort(beans);
		return beans;
	}

	private record Machinery(List<HandlerMapping> mappings, List<HandlerAdapter> adapters,
			List<ViewResolver> viewResolvers) {

	}

	/**
	 * The action's request, seen as the GET of its page: its parameters are those of the query
	 * string only, as a GET of the page URL has them, never the action's form fields (which
	 * would otherwise fill the page's own {@code @RequestParam}s and form objects).
	 */
	private static final class GetRequest extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		GetRequest(HttpServletRequest request) {
			super(request);
			this.parameters = queryParameters(request.getQueryString());
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values[0] : null;
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		private static Map<String, String[]> queryParameters(@Nullable String query) {
			Map<String, List<String>> parsed = new LinkedHashMap<>();
			if (query != null) {
				for (String pair : query.split("&")) {
					if (!pair.isEmpty()) {
						int equals = pair.indexOf('=');
						String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
						String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
						parsed.computeIfAbsent(name, (key) -> new ArrayList<>(1)).add(value);
					}
				}
			}
			Map<String, String[]> parameters = new LinkedHashMap<>();
			parsed.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
			return Collections.unmodifiableMap(parameters);
		}

		private static String decode(String text) {
			try {
				return URLDecoder.decode(text, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return text;
			}
		}

	}

}
