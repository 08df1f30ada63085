package dev.serveractions.action;

import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;

import dev.serveractions.revalidation.Revalidates;
import dev.serveractions.revalidation.RevalidatesHandler;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Applies {@link Revalidates @Revalidates} of an action that succeeded, when revalidation is
 * configured (it is whenever Caffeine is on the classpath).
 */
final class ActionRevalidation {

	private final ObjectProvider<RevalidatesHandler> handler;

	ActionRevalidation(ObjectProvider<RevalidatesHandler> handler) {
		this.handler = handler;
	}

	void afterSuccess(Method method, HttpServletRequest request) {
		RevalidatesHandler revalidates = this.handler.getIfAvailable();
		if (revalidates != null) {
			revalidates.afterSuccess(method, request);
		}
	}

}
