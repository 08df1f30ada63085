package dev.serveractions.action;

import java.lang.reflect.Method;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;

/**
 * Native-image hints for every bean with {@link ServerAction} methods, found at build time by
 * Spring AOT: the action methods and the bean's {@code @ModelAttribute} and {@code @InitBinder}
 * methods are invoked by reflection, the forms they take are bound by the data binder, what they
 * return is written as JSON for {@code ServerActions.call}, and {@link Bound @Bound} values are
 * converted from strings (see {@link BoundConversionHints}). Registered in
 * {@code META-INF/spring/aot.factories}.
 */
final class ServerActionAotProcessor implements BeanRegistrationAotProcessor {

	private final BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean bean) {
		Class<?> type = ClassUtils.getUserClass(bean.getBeanClass());
		if (type.getName().startsWith("org.springframework.")) {
			return null; // as at runtime (ActionRegistry): Spring's own beans declare no actions
		}
		Set<Method> invoked = MethodIntrospector.selectMethods(type,
				ServerActionAotProcessor::isInvoked);
		if (invoked.stream().noneMatch((method) -> AnnotatedElementUtils.hasAnnotation(method, ServerAction.class))) {
			return null;
		}
		return (generation, code) -> invoked.forEach((method) -> register(generation.getRuntimeHints().reflection(), method));
	}

	private static boolean isInvoked(Method method) {
		return AnnotatedElementUtils.hasAnnotation(method, ServerAction.class)
				|| AnnotatedElementUtils.hasAnnotation(method, ModelAttribute.class)
				|| AnnotatedElementUtils.hasAnnotation(method, InitBinder.class);
	}

	private void register(ReflectionHints hints, Method method) {
		hints.registerMethod(method, ExecutableMode.INVOKE);
		for (int i = 0; i < method.getParameterCount(); i++) {
			MethodParameter parameter = new MethodParameter(method, i);
			if (parameter.hasParameterAnnotation(Bound.class)) {
				BoundConversionHints.register(hints, parameter.getParameterType());
			}
			else if (isBound(parameter)) {
				this.binding.registerReflectionHints(hints, parameter.getGenericParameterType());
			}
		}
		Class<?> answer = method.getReturnType();
		if (answer != void.class && !isFramework(answer)) {
			this.binding.registerReflectionHints(hints, method.getGenericReturnType());
		}
	}

	/** A form or body the data binder or Jackson fills in, not a single converted value. */
	private static boolean isBound(MethodParameter parameter) {
		return !isFramework(parameter.getParameterType()) && !parameter.hasParameterAnnotation(PathVariable.class)
				&& !parameter.hasParameterAnnotation(RequestParam.class)
				&& !parameter.hasParameterAnnotation(RequestHeader.class)
				&& !parameter.hasParameterAnnotation(CookieValue.class)
				&& !parameter.hasParameterAnnotation(RequestPart.class);
	}

	/** Requests, models, binding results, uploads, view names: Spring MVC's own types. */
	private static boolean isFramework(Class<?> type) {
		String name = type.getName();
		return type.isPrimitive() || name.startsWith("org.springframework.") || name.startsWith("jakarta.")
				|| name.startsWith("java.lang.") || name.startsWith("java.io.") || name.startsWith("java.security.")
				|| type == ActionResult.class;
	}

}
