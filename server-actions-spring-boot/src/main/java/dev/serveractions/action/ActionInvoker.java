package dev.serveractions.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.bind.ServletRequestDataBinder;

/**
 * Invokes action methods with Spring MVC's own machinery: a private
 * {@link RequestMappingHandlerAdapter} that shares the argument resolvers, binding initializer
 * (conversion, validation) of the application's, and so applies {@code @InitBinder},
 * {@code @ControllerAdvice} and method validation. Its only return value handler captures the
 * value and the model instead of writing a response, which the outcome logic then does.
 */
final class ActionInvoker {

	private static final String CAPTURED_ATTRIBUTE = ActionInvoker.class.getName() + ".captured";

	private static final String BINDERS_ATTRIBUTE = ActionInvoker.class.getName() + ".binders";

	private final SingletonSupplier<RequestMappingHandlerAdapter> adapter;

	/**
	 * @param application the application's adapter, whose argument resolvers and binding
	 * initializer the actions share; it is read at the first action request
	 * @param context the application context, for {@code @ControllerAdvice}
	 */
	ActionInvoker(ObjectProvider<RequestMappingHandlerAdapter> application, ApplicationContext context) {
		this.adapter = SingletonSupplier.of(() -> recordingAdapter(application.getObject(), context));
	}

	private static RequestMappingHandlerAdapter recordingAdapter(RequestMappingHandlerAdapter application,
			ApplicationContext context) {
		RequestMappingHandlerAdapter adapter = new RecordingAdapter();
		adapter.setApplicationContext(context);
		adapter.setBeanFactory(context.getAutowireCapableBeanFactory());
		adapter.setArgumentResolvers(application.getArgumentResolvers());
		adapter.setInitBinderArgumentResolvers(application.getInitBinderArgumentResolvers());
		adapter.setMessageConverters(application.getMessageConverters());
		if (application.getWebBindingInitializer() != null) {
			adapter.setWebBindingInitializer(application.getWebBindingInitializer());
		}
		adapter.setReturnValueHandlers(List.of(new Capture()));
		adapter.afterPropertiesSet();
		return adapter;
	}

	/** Runs the action; its exceptions propagate unchanged. */
	Invoked invoke(HttpServletRequest request, HttpServletResponse response, HandlerMethod action) throws Exception {
		this.adapter.obtain().handle(request, response, action);
		Invoked invoked = (Invoked) request.getAttribute(CAPTURED_ATTRIBUTE);
		request.removeAttribute(CAPTURED_ATTRIBUTE);
		return (invoked != null) ? invoked : new Invoked(null, new ModelMap(), null);
	}

	/**
	 * The model of the form objects bound so far (with their {@code BindingResult}s), for
	 * rendering the page again after the action threw.
	 */
	static Map<String, Object> boundModel(HttpServletRequest request) {
		Map<String, Object> model = new LinkedHashMap<>();
		if (request.getAttribute(BINDERS_ATTRIBUTE) instanceof List<?> binders) {
			for (Object binder : binders) {
				if (binder instanceof WebDataBinder dataBinder && dataBinder.getTarget() != null) {
					model.putAll(dataBinder.getBindingResult().getModel());
				}
			}
		}
		return model;
	}

	/**
	 * What the action returned, the model its arguments were bound into, and its
	 * {@code RedirectAttributes} when it declared them.
	 */
	record Invoked(@Nullable Object value, ModelMap model, @Nullable ModelMap redirect) {

	}

	/** Remembers the data binders it creates, so that a failure can still show the input. */
	private static final class RecordingAdapter extends RequestMappingHandlerAdapter {

		@Override
		protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
			return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
				@Override
				protected ServletRequestDataBinder createBinderInstance(@Nullable Object target, String objectName,
						NativeWebRequest request) {
					return new ActionDataBinder(target, objectName);
				}

				@Override
				public void initBinder(WebDataBinder binder, NativeWebRequest request) throws Exception {
					super.initBinder(binder, request);
					@SuppressWarnings("unchecked")
					List<WebDataBinder> binders = (List<WebDataBinder>) request.getAttribute(BINDERS_ATTRIBUTE,
							RequestAttributes.SCOPE_REQUEST);
					if (binders == null) {
						binders = new ArrayList<>(2);
						request.setAttribute(BINDERS_ATTRIBUTE, binders, RequestAttributes.SCOPE_REQUEST);
					}
					binders.add(binder);
				}
			};
		}

	}

	private static final class Capture implements HandlerMethodReturnValueHandler {

		@Override
		public boolean supportsReturnType(MethodParameter returnType) {
			return true;
		}

		@Override
		public void handleReturnValue(@Nullable Object returnValue, MethodParameter returnType,
				ModelAndViewContainer mavContainer, NativeWebRequest webRequest) {
			mavContainer.setRequestHandled(true);
			ModelMap model = mavContainer.getModel();
			// the container hands out the RedirectAttributes only in its redirect scenario
			mavContainer.setRedirectModelScenario(true);
			ModelMap redirect = mavContainer.getModel();
			webRequest.setAttribute(CAPTURED_ATTRIBUTE,
					new Invoked(returnValue, model, (redirect instanceof RedirectAttributes) ? redirect : null),
					RequestAttributes.SCOPE_REQUEST);
		}

	}

}
