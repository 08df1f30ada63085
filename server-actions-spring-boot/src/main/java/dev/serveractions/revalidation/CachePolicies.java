package dev.serveractions.revalidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Which {@link CachedResponse} applies: the one on the handler method Spring MVC picked (or on
 * its class). Tells the paths no annotated handler answers with one pattern check, from the
 * paths of the annotated handlers, collected once all mappings are registered (at the first
 * request, since route handlers register theirs when the singletons are ready).
 */
final class CachePolicies {

	private final Supplier<List<RequestMappingHandlerMapping>> mappings;

	private final Supplier<CachedPaths> cachedPaths;

	CachePolicies(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = SingletonSupplier.of(() -> mappings.orderedStream().toList());
		this.cachedPaths = SingletonSupplier.of(() -> CachedPaths.of(this.mappings.get()));
	}

	/** Whether the request may reach a handler with {@link CachedResponse}: cheap, no lookup. */
	boolean mayApply(HttpServletRequest request) {
		return this.cachedPaths.get().mayMatch(request);
	}

	static @Nullable CachedResponse policyOf(HandlerMethod method) {
		CachedResponse policy = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), CachedResponse.class);
		return (policy != null) ? policy
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), CachedResponse.class);
	}

	/**
	 * Which request paths may reach a cached handler: none, the listed patterns, or any (when a
	 * mapping is not pattern based and cannot be told in advance).
	 */
	private record CachedPaths(boolean any, List<PathPattern> patterns) {

		static CachedPaths of(List<RequestMappingHandlerMapping> mappings) {
			List<PathPattern> patterns = new ArrayList<>();
			for (RequestMappingHandlerMapping mapping : mappings) {
				for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
					if (policyOf(handler.getValue()) != null) {
						PathPatternsRequestCondition condition = handler.getKey().getPathPatternsCondition();
						if (condition == null) {
							return new CachedPaths(true, List.of());
						}
						patterns.addAll(condition.getPatterns());
					}
				}
			}
			return new CachedPaths(false, List.copyOf(patterns));
		}

		boolean mayMatch(HttpServletRequest request) {
			if (this.any) {
				return true;
			}
			if (this.patterns.isEmpty()) {
				return false;
			}
			PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
				.pathWithinApplication();
			for (PathPattern pattern : this.patterns) {
				if (pattern.matches(path)) {
					return true;
				}
			}
			return false;
		}

	}

}
