package dev.serveractions.action;

import java.lang.reflect.Parameter;

import org.jspecify.annotations.Nullable;

import org.springframework.core.BridgeMethodResolver;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@link Bound @Bound} parameters from the values the handler mapping verified,
 * converted by the data binder (so custom converters and formatters apply). The action's own
 * parameters take the values in order; a parameter of another method of its bean (a
 * {@code @ModelAttribute} loader) takes the value of the action's parameter of the same name,
 * or {@code null} when the action binds none by that name, or when no action runs (the same
 * loader in a {@code @Controller} before its page's GET).
 */
final class BoundArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(Bound.class);
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) throws Exception {
		if (!(webRequest.getAttribute(ActionInvocation.ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) instanceof ActionInvocation invocation)) {
			if (parameter.hasMethodAnnotation(ModelAttribute.class)) {
				return null; // the loader of a controller whose GET renders the page: no action, no value
			}
			throw new IllegalStateException("@Bound parameter " + parameter + " outside of a server action");
		}
		int index = isOfAction(parameter, invocation) ? positionAmongBound(parameter)
				: invocation.action().boundNames().indexOf(parameter.getParameterName());
		// an optional parameter after the values sa:bind gave is null
		String value = (index >= 0 && index < invocation.boundValues().size()) ? invocation.boundValues().get(index)
				: null;
		if (binderFactory == null) {
			return value;
		}
		WebDataBinder binder = binderFactory.createBinder(webRequest, null, "bound");
		return binder.convertIfNecessary((value == null || value.isEmpty()) ? null : value,
				parameter.getParameterType(), parameter);
	}

	private static boolean isOfAction(MethodParameter parameter, ActionInvocation invocation) {
		return invocation.getMethod().equals(parameter.getExecutable())
				|| BridgeMethodResolver.findBridgedMethod(invocation.getMethod()).equals(parameter.getExecutable());
	}

	private static int positionAmongBound(MethodParameter parameter) {
		Parameter[] all = parameter.getExecutable().getParameters();
		int index = 0;
		for (int i = 0; i < parameter.getParameterIndex(); i++) {
			if (all[i].isAnnotationPresent(Bound.class)) {
				index++;
			}
		}
		return index;
	}

}
