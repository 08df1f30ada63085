package dev.serveractions.route;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;

/**
 * Native-image hints for every {@link RouteHandler} bean, found at build time by Spring AOT: the
 * registrar maps its verb methods by reflection, Jackson reads its request bodies and writes its
 * answers, and the data binder binds its other parameters. Spring's own hints cover
 * {@code @RequestMapping} methods only, so without these a route handler answers 404 or 500 in a
 * native image. Registered in {@code META-INF/spring/aot.factories}.
 */
final class RouteHandlerAotProcessor implements BeanRegistrationAotProcessor {

	private final BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean bean) {
		Class<?> type = ClassUtils.getUserClass(bean.getBeanClass());
		RouteHandler annotation = AnnotatedElementUtils.findMergedAnnotation(type, RouteHandler.class);
		if (annotation == null) {
			return null;
		}
		List<String> mistakes = new ArrayList<>();
		RouteDeclaration route = RouteDeclaration.of(type, annotation,
				(description, action) -> mistakes.add(description + " " + action));
		if (route == null) {
			throw new IllegalStateException(String.join("\n", mistakes));
		}
		Collection<Method> verbs = route.verbs().values();
		return (generation, code) -> verbs.forEach((verb) -> register(generation.getRuntimeHints().reflection(), verb));
	}

	private void register(ReflectionHints hints, Method verb) {
		hints.registerMethod(verb, ExecutableMode.INVOKE);
		for (int i = 0; i < verb.getParameterCount(); i++) {
			MethodParameter parameter = new MethodParameter(verb, i);
			if (!isConverted(parameter) && !isFramework(parameter.getParameterType())) {
				this.binding.registerReflectionHints(hints, body(parameter));
			}
		}
		MethodParameter answer = new MethodParameter(verb, -1);
		if (answer.getParameterType() != void.class && !isFramework(answer.getParameterType())
				|| HttpEntity.class.isAssignableFrom(answer.getParameterType())) {
			this.binding.registerReflectionHints(hints, body(answer));
		}
	}

	/** The type Jackson or the binder sees: an {@code HttpEntity}'s body, else the declared type. */
	private static Type body(MethodParameter parameter) {
		ResolvableType type = ResolvableType.forMethodParameter(parameter);
		return HttpEntity.class.isAssignableFrom(type.toClass()) ? type.as(HttpEntity.class).getGeneric(0).getType()
				: type.getType();
	}

	/** A parameter converted from one string (a path variable, a query parameter, a header). */
	private static boolean isConverted(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(PathVariable.class)
				|| parameter.hasParameterAnnotation(RequestParam.class)
				|| parameter.hasParameterAnnotation(RequestHeader.class)
				|| parameter.hasParameterAnnotation(CookieValue.class)
				|| parameter.hasParameterAnnotation(RequestAttribute.class)
				|| parameter.hasParameterAnnotation(RequestPart.class);
	}

	/** Requests, responses, principals, models: resolved by Spring MVC, never bound. */
	private static boolean isFramework(Class<?> type) {
		String name = type.getName();
		return type.isPrimitive() || name.startsWith("org.springframework.") || name.startsWith("jakarta.")
				|| name.startsWith("java.io.") || name.startsWith("java.security.") || name.startsWith("java.util.Locale")
				|| name.startsWith("java.util.TimeZone") || name.startsWith("java.time.ZoneId");
	}

}
