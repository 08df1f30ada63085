package dev.serveractions.action;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Method;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.beans.BeanUtils;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.http.HttpMethod;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.support.SessionStatus;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

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
		if (!AnnotationUtils.isCandidateClass(type, ServerAction.class)) {
			return null;
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

	/**
	 * Requests, models, binding results, uploads, view names: what Spring MVC resolves or writes
	 * itself, by type (an application class is never one, whatever its package).
	 */
	private static boolean isFramework(Class<?> type) {
		return BeanUtils.isSimpleValueType(type) || type == Object.class
				|| RESOLVED.stream().anyMatch((resolved) -> resolved.isAssignableFrom(type));
	}

	private static final List<Class<?>> RESOLVED = List.of(ServletRequest.class, ServletResponse.class,
			HttpSession.class, Part.class, Principal.class, WebRequest.class, Model.class, Map.class, Errors.class,
			SessionStatus.class, UriComponentsBuilder.class, MultipartFile.class, InputStream.class, Reader.class,
			OutputStream.class, Writer.class, TimeZone.class, ZoneId.class, HttpMethod.class, ActionResult.class,
			ModelAndView.class, View.class);

}
