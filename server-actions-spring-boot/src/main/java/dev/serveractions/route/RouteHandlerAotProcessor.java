package dev.serveractions.route;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.security.Principal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;

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
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ProblemDetail;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

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

	/**
	 * Requests, responses, principals, streams: resolved or written by Spring MVC, never bound;
	 * decided by type (an application class is never one, whatever its package).
	 */
	private static boolean isFramework(Class<?> type) {
		return type.isPrimitive() || RESOLVED.stream().anyMatch((resolved) -> resolved.isAssignableFrom(type));
	}

	private static final List<Class<?>> RESOLVED = List.of(ServletRequest.class, ServletResponse.class,
			HttpSession.class, Part.class, Principal.class, WebRequest.class, UriComponentsBuilder.class,
			MultipartFile.class, InputStream.class, Reader.class, OutputStream.class, Writer.class, Locale.class,
			TimeZone.class, ZoneId.class, HttpMethod.class, HttpHeaders.class, ProblemDetail.class,
			ResponseBodyEmitter.class, StreamingResponseBody.class, Resource.class);

}
