package dev.serveractions.action;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ModelMap;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Lets a form post's redirect be the {@code ModelAndView} a {@code @PostMapping} returns — the
 * {@code "redirect:/owners/{ownerId}"} view name as the action wrote it, its redirect attributes
 * as the model — so that {@code DispatcherServlet} renders it and MockMvc's {@code view()},
 * {@code model()} and {@code flash()} matchers see it, while the answer stays the one the library
 * prepared ({@link Redirects}): {@code 303 See Other} to this origin, with no session id in the URL.
 * It resolves only the view name of the redirect its own request prepared.
 */
final class RedirectViewResolver implements ViewResolver, Ordered {

	private static final String ATTRIBUTE = RedirectViewResolver.class.getName();

	/** The redirect as a {@code ModelAndView} named as the action named it. */
	static ModelAndView seeOther(String viewName, String location, HttpServletRequest request,
			@Nullable ModelMap redirect) {
		request.setAttribute(ATTRIBUTE, new SeeOther(viewName, location));
		ModelAndView answer = new ModelAndView(viewName, (redirect != null) ? redirect : Map.of());
		answer.setStatus(HttpStatus.SEE_OTHER);
		return answer;
	}

	@Override
	public @Nullable View resolveViewName(String viewName, Locale locale) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		Object prepared = (attributes != null) ? attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
				: null;
		return (prepared instanceof SeeOther seeOther && seeOther.viewName().equals(viewName)) ? seeOther : null;
	}

	/** Ahead of the template engines' resolvers, which would resolve any {@code redirect:} name. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	private record SeeOther(String viewName, String location) implements SmartView {

		@Override
		public boolean isRedirectView() {
			return true;
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
			Redirects.seeOther(response, this.location);
		}

	}

}
