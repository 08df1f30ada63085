package dev.serveractions.action;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last word on an action's exception that nothing else handled: a generic message with a
 * correlation id that the log (an ERROR naming the action) carries too. Spring Security's access
 * and authentication exceptions are left to Security's filters, which answer 403, 401 or the login
 * page as for any handler.
 */
final class UnhandledFailureResolver implements HandlerExceptionResolver {

	static final String GENERIC_ERROR = "Something went wrong and nothing was changed. Please try again.";

	private static final Log logger = LogFactory.getLog(UnhandledFailureResolver.class);

	private static final List<Class<?>> SECURITY_EXCEPTIONS = securityExceptions();

	private final ObjectProvider<ActionAnswers> answers;

	UnhandledFailureResolver(ObjectProvider<ActionAnswers> answers) {
		this.answers = answers;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!(handler instanceof ActionInvocation invocation) || isSecurity(ex)) {
			return null;
		}
		String correlationId = UUID.randomUUID().toString();
		logger.error("Server action \"" + invocation.action().name() + "\" (" + invocation.action().describe()
				+ ") failed [correlationId=" + correlationId + "]", ex);
		Outcome outcome = Outcome.failed(HttpStatus.INTERNAL_SERVER_ERROR, GENERIC_ERROR, correlationId);
		return this.answers.getObject().resolve(outcome, request, response, invocation);
	}

	static boolean isSecurity(Throwable ex) {
		return SECURITY_EXCEPTIONS.stream().anyMatch((type) -> type.isInstance(ex));
	}

	private static List<Class<?>> securityExceptions() {
		ClassLoader loader = UnhandledFailureResolver.class.getClassLoader();
		return List.of("org.springframework.security.access.AccessDeniedException",
				"org.springframework.security.core.AuthenticationException")
			.stream()
			.filter((name) -> ClassUtils.isPresent(name, loader))
			.<Class<?>>map((name) -> ClassUtils.resolveClassName(name, loader))
			.toList();
	}

}
