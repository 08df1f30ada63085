package dev.serveractions.revalidation;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.serveractions.diagnostics.StartupMistakes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Checks at startup that every {@code {name}} of a mapped handler's {@link Revalidates} is a
 * path variable of each path the handler is mapped to, so that a misspelled variable fails the
 * start with a message naming the method, instead of revalidating nothing on every request.
 * Controllers and route handlers are checked here; route handlers are mapped by then.
 */
final class RevalidatesVariablesCheck implements SmartInitializingSingleton {

	private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

	private final StartupMistakes mistakes;

	RevalidatesVariablesCheck(ObjectProvider<RequestMappingInfoHandlerMapping> mappings, StartupMistakes mistakes) {
		this.mappings = mappings;
		this.mistakes = mistakes;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Set<String> reported = new LinkedHashSet<>();
		this.mappings.orderedStream()
			.forEach((mapping) -> mapping.getHandlerMethods().forEach((info, handler) -> check(info, handler, reported)));
	}

	private void check(RequestMappingInfo info, HandlerMethod handler, Set<String> reported) {
		Revalidates revalidates = RevalidatesHandler.find(handler.getMethod());
		Set<String> used = (revalidates != null) ? UriVariables.used(revalidates) : Set.of();
		for (String path : used.isEmpty() ? Set.<String>of() : info.getPatternValues()) {
			Set<String> available = UriVariables.in(path);
			Set<String> missing = new LinkedHashSet<>(used);
			missing.removeAll(available);
			String method = handler.getBeanType().getName() + "." + handler.getMethod().getName() + "()";
			if (!missing.isEmpty() && reported.add(method + " " + path)) {
				this.mistakes.add("@Revalidates on " + method + " uses " + braced(missing) + ", but its mapping \""
						+ path + "\" has no such path variable.",
						available.isEmpty()
								? "Revalidate fixed paths and tags there, or call RevalidationService with the value."
								: "Use a path variable of the mapping: " + braced(available) + ".");
			}
		}
	}

	private static String braced(Set<String> names) {
		return String.join(", ", names.stream().map((name) -> "{" + name + "}").toList());
	}

}
