package dev.serveractions.action;

import java.lang.reflect.Method;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import dev.serveractions.revalidation.Revalidates;
import dev.serveractions.revalidation.RevalidatesHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ConcurrentReferenceHashMap;
import org.springframework.util.function.SingletonSupplier;

/**
 * Applies {@link Revalidates @Revalidates} of an action that succeeded, when revalidation is
 * configured (it is whenever Caffeine is on the classpath). An action without the annotation
 * costs one map look-up.
 */
final class ActionRevalidation {

	private final SingletonSupplier<RevalidatesHandler> handler;

	private final Map<Method, Boolean> annotated = new ConcurrentReferenceHashMap<>();

	ActionRevalidation(ObjectProvider<RevalidatesHandler> handler) {
		this.handler = SingletonSupplier.ofNullable(handler::getIfAvailable);
	}

	void afterSuccess(Method method, HttpServletRequest request) {
		if (!this.annotated.computeIfAbsent(method,
				(key) -> AnnotatedElementUtils.hasAnnotation(key, Revalidates.class))) {
			return;
		}
		RevalidatesHandler revalidates = this.handler.get();
		if (revalidates != null) {
			revalidates.afterSuccess(method, request);
		}
	}

}
