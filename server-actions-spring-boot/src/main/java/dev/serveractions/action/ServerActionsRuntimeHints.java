package dev.serveractions.action;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Native-image hints for what the library reads by name: the client runtime script
 * ({@code /_sa/runtime.js}, from {@code META-INF/server-actions/}), and the optional classes it
 * looks for with {@code ClassUtils.isPresent} (Spring Security's exceptions and CSRF token, Spring
 * Boot's error controller). The library ships no templates. Registered in
 * {@code META-INF/spring/aot.factories}.
 */
final class ServerActionsRuntimeHints implements RuntimeHintsRegistrar {

	static final String RUNTIME_SCRIPT = "META-INF/server-actions/runtime.js";

	private static final String[] OPTIONAL_TYPES = { "org.springframework.security.access.AccessDeniedException",
			"org.springframework.security.core.AuthenticationException",
			"org.springframework.security.web.csrf.CsrfToken",
			"org.springframework.boot.webmvc.error.ErrorController" };

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern(RUNTIME_SCRIPT);
		for (String type : OPTIONAL_TYPES) {
			hints.reflection().registerTypeIfPresent(classLoader, type);
		}
	}

}
