package dev.serveractions.action;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.ModelMap;

/**
 * One action request while its answer is written: the request and response, the invocation
 * (absent when the request was refused before an action was chosen),
 * the model the action saw (its form objects with their {@code BindingResult}s and what its
 * bean's {@code @ModelAttribute} methods loaded) and its {@code RedirectAttributes}.
 */
record ActionExchange(HttpServletRequest request, HttpServletResponse response, @Nullable ActionInvocation invocation,
		Map<String, Object> model, @Nullable ModelMap redirect) {

	/** The invocation, for the outcomes that only an invoked action has. */
	ActionInvocation requireInvocation() {
		if (this.invocation == null) {
			throw new IllegalStateException("No action was invoked");
		}
		return this.invocation;
	}

}
