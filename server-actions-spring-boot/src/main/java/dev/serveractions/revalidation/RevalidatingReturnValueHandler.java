package dev.serveractions.revalidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Runs {@link Revalidates} once a Spring MVC handler returned successfully and before anything
 * is written: it stands first among the return value handlers of Spring MVC's adapter, so that
 * a failure while writing (no acceptable representation, a serialization error, a broken
 * connection) cannot undo the revalidation. It handles only methods with {@link Revalidates}
 * and hands every value on to the handlers that were there.
 */
final class RevalidatingReturnValueHandler implements HandlerMethodReturnValueHandler {

	private final HandlerMethodReturnValueHandler delegate;

	private final ObjectProvider<RevalidatesHandler> handler;

	RevalidatingReturnValueHandler(HandlerMethodReturnValueHandler delegate,
			ObjectProvider<RevalidatesHandler> handler) {
		this.delegate = delegate;
		this.handler = handler;
	}
	@Override
	public boolean supportsReturnType(MethodParameter returnType) {
		return returnType.getMethod() != null && RevalidatesHandler.find(returnType.getMethod()) != null
				&& this.delegate.supportsReturnType(returnType);
	}

	@Override
	public void handleReturnValue(@Nullable Object returnValue, MethodParameter returnType,
			ModelAndViewContainer container, NativeWebRequest webRequest) throws Exception {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
		if (request != null && response != null && returnType.getMethod() != null
				&& RevalidatesAfterSuccess.succeeded(response.getStatus(), statusOf(returnValue, container), modelOf(returnValue, container))) {
			this.handler.getObject().afterSuccess(returnType.getMethod(), request);
		}
		this.delegate.handleReturnValue(returnValue, returnType, container, webRequest);
	}

	private static @Nullable HttpStatusCode statusOf(@Nullable Object returnValue, ModelAndViewContainer container) {
		if (returnValue instanceof ResponseEntity<?> entity) {
			return entity.getStatusCode();
		}
		if (returnValue instanceof ErrorResponse error) {
			return error.getStatusCode();
		}
		if (returnValue instanceof ProblemDetail problem) {
			return HttpStatusCode.valueOf(problem.getStatus());
		}
		if (returnValue instanceof ModelAndView view && view.getStatus() != null) {
			return view.getStatus();
		}
		return container.getStatus();
	}

	private static Map<String, ?> modelOf(@Nullable Object returnValue, ModelAndViewContainer container) {
		return (returnValue instanceof ModelAndView view) ? view.getModel() : container.getModel();
	}

	/**
	 * Puts a {@link RevalidatingReturnValueHandler} in front of the return value handlers of every
	 * {@link RequestMappingHandlerAdapter}; it handles only methods with {@link Revalidates}
	 * and hands every value on to the handlers that were there.
	 */
	static final class Installer implements BeanPostProcessor {

		private final ObjectProvider<RevalidatesHandler> handler;

		Installer(ObjectProvider<RevalidatesHandler> handler) {
			this.handler = handler;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getReturnValueHandlers() != null) {
				List<HandlerMethodReturnValueHandler> existing = adapter.getReturnValueHandlers();
				List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>(existing.size() + 1);
				handlers.add(new RevalidatingReturnValueHandler(
						new HandlerMethodReturnValueHandlerComposite().addHandlers(existing), this.handler));
				handlers.addAll(existing);
				adapter.setReturnValueHandlers(handlers);
			}
			return bean;
		}

	}

}
