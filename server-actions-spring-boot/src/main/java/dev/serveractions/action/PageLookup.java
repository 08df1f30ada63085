package dev.serveractions.action;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.util.ClassUtils;
import org.springframework.util.ConcurrentReferenceHashMap;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.WebAsyncTask;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.Controller;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Finds the page an action was posted to: the handler that answers a GET of the same URL, through
 * the application's own handler mappings, so that its path variables and best matching pattern
 * are set as for a {@code @PostMapping} next to it. Only a view-rendering handler is a page: a
 * route handler, a {@code @ResponseBody} endpoint, the error controller, a static resource and an
 * unmapped path are not, and an action posted there does not run.
 */
final class PageLookup {

	private static final String ERROR_CONTROLLER_NAME = "org.springframework.boot.webmvc.error.ErrorController";

	private static final @Nullable Class<?> ERROR_CONTROLLER = ClassUtils.isPresent(ERROR_CONTROLLER_NAME,
			PageLookup.class.getClassLoader())
					? ClassUtils.resolveClassName(ERROR_CONTROLLER_NAME, PageLookup.class.getClassLoader()) : null;

	private static final List<Class<?>> NOT_VIEWS = List.of(HttpEntity.class, HttpHeaders.class,
			StreamingResponseBody.class, ResponseBodyEmitter.class, Callable.class, DeferredResult.class,
			CompletionStage.class, WebAsyncTask.class);

	private static final Map<Object, Boolean> VIEWS = new ConcurrentReferenceHashMap<>();

	private final List<HandlerMapping> mappings;

	PageLookup(List<HandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/** The page's handler with its interceptors, or {@code null} when the URL has no page. */
	@Nullable HandlerExecutionChain find(HttpServletRequest request) {
		HttpServletRequest get = new PageRequest(request);
		for (HandlerMapping mapping : this.mappings) {
			HandlerExecutionChain chain;
			try {
				chain = mapping.getHandler(get);
			}
			catch (Exception noMatch) {
				// a path mapped for other methods or media types only: no page here
				return null;
			}
			if (chain != null) {
				request.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
				return rendersView(chain.getHandler()) ? chain : null;
			}
		}
		return null;
	}

	/** Whether a handler answers GET with a rendered view; decided once per handler method or class. */
	static boolean rendersView(Object handler) {
		Object key = (handler instanceof HandlerMethod method) ? method.getMethod() : handler.getClass();
		return VIEWS.computeIfAbsent(key, (ignored) -> decideRendersView(handler));
	}

	private static boolean decideRendersView(Object handler) {
		if (handler instanceof HandlerMethod method) {
			Class<?> type = method.getBeanType();
			if (isErrorController(type) || AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
					|| method.hasMethodAnnotation(ResponseBody.class)) {
				return false;
			}
			Class<?> returned = method.getReturnType().getParameterType();
			return NOT_VIEWS.stream().noneMatch((notView) -> notView.isAssignableFrom(returned));
		}
		return handler instanceof Controller && !isErrorController(handler.getClass());
	}

	private static boolean isErrorController(Class<?> type) {
		return ERROR_CONTROLLER != null && ERROR_CONTROLLER.isAssignableFrom(type);
	}

}
