package dev.serveractions.route;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.GenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.SmartHttpMessageConverter;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.WebAsyncTask;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The media types a verb method's answer can be written as, computed once at startup from the
 * message converters, the way Spring MVC computes them for each response. They become the
 * mapping's {@code produces} condition, so a request whose {@code Accept} none of them meets is
 * answered {@code 406} before the method runs: a {@code POST} is not carried out and then
 * refused. Answers whose type is only known at run time ({@code Object}, {@code ResponseEntity<?>},
 * streams, async results) and answers some converter writes for any {@code Accept}
 * ({@code String}, {@code byte[]}) get no condition.
 */
final class Representations {

	private static final Set<Class<?>> RUNTIME_TYPED = Set.of(Object.class, void.class, Void.class,
			ProblemDetail.class, HttpHeaders.class, Optional.class, Callable.class, DeferredResult.class,
			WebAsyncTask.class, CompletionStage.class, Future.class, ResponseBodyEmitter.class,
			StreamingResponseBody.class, ErrorResponse.class);

	private Representations() {
	}

	static List<MediaType> producible(Method method, Class<?> routeType, List<HttpMessageConverter<?>> converters) {
		ResolvableType type = ResolvableType.forMethodReturnType(method, routeType);
		if (HttpEntity.class.isAssignableFrom(type.toClass())) {
			type = type.as(HttpEntity.class).getGeneric(0);
		}
		Class<?> body = type.resolve();
		if (body == null || isRuntimeTyped(body)) {
			return List.of();
		}
		Set<MediaType> types = new LinkedHashSet<>();
		for (HttpMessageConverter<?> converter : converters) {
			if (canWrite(converter, type, body)) {
				for (MediaType mediaType : converter.getSupportedMediaTypes(body)) {
					if (mediaType.isWildcardType()) {
						return List.of();
					}
					types.add(mediaType);
				}
			}
		}
		return List.copyOf(types);
	}

	private static boolean isRuntimeTyped(Class<?> body) {
		for (Class<?> runtimeTyped : RUNTIME_TYPED) {
			if (runtimeTyped.isAssignableFrom(body) && (runtimeTyped != Object.class || body == Object.class)) {
				return true;
			}
		}
		return ReactiveAdapterRegistry.getSharedInstance().getAdapter(body) != null;
	}

	private static boolean canWrite(HttpMessageConverter<?> converter, ResolvableType type, Class<?> body) {
		if (converter instanceof SmartHttpMessageConverter<?> smart) {
			return smart.canWrite(type, body, null);
		}
		if (converter instanceof GenericHttpMessageConverter<?> generic) {
			return generic.canWrite(type.getType(), body, null);
		}
		return converter.canWrite(body, null);
	}

}
