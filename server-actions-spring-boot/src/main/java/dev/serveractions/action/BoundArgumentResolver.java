package dev.serveractions.action;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@link Bound @Bound} parameters from the values the handler mapping verified, in
 * parameter order, converted by the data binder (so custom converters and formatters apply).
 */
final class BoundArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(Bound.class);
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) throws Exception {
		@SuppressWarnings("unchecked")
		List<String> values = (List<String>) webRequest.getAttribute(ActionInvocation.BOUND_VALUES_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		if (values == null) {
			throw new IllegalStateException("@Bound parameter " + parameter + " outside of a server action");
		}
		java.lang.reflect.Parameter[] all = parameter.getExecutable().getParameters();
		int index = 0;
		for (int i = 0; i < parameter.getParameterIndex(); i++) {
			if (all[i].isAnnotationPresent(Bound.class)) {
				index++;
			}
		}
		String value = values.get(index);
		if (binderFactory == null) {
			return value;
		}
		WebDataBinder binder = binderFactory.createBinder(webRequest, null, "bound");
		return binder.convertIfNecessary(value.isEmpty() ? null : value, parameter.getParameterType(), parameter);
	}

}
