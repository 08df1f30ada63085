package dev.serveractions.route;

import java.io.OutputStream;
import java.io.Writer;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.serveractions.diagnostics.StartupMistakes;
import jakarta.servlet.ServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PatternParseException;

/**
 * Registers the verb methods of every {@link RouteHandler} bean with Spring MVC's own
 * {@code requestMappingHandlerMapping}, so that they are ordinary {@code RequestMappingInfo}s:
 * interceptors, CORS, {@code /actuator/mappings} and duplicate detection apply as they do to
 * {@code @RestController}s. Each mapping {@code produces} what its answer can be written as (see
 * {@link Representations}). The routes without an {@code options} method share one mapping that
 * answers OPTIONS with {@code 204} and each route's {@code Allow}, except on a path where the
 * application maps OPTIONS itself. One path has one route handler. Mistakes are reported to
 * {@link StartupMistakes}, which fails the start with all of them. The routes come from the
 * {@link RouteTable} Spring AOT built at build time when there is one, else from the bean
 * definitions ({@link RouteDeclaration#declaredBy}).
 */
final class RouteHandlerRegistrar implements SmartInitializingSingleton {

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:/]+)");

	private final ConfigurableListableBeanFactory beanFactory;

	private final RouteHandlers routes;

	private final ObjectProvider<RequestMappingHandlerMapping> mapping;

	private final ObjectProvider<RequestMappingHandlerAdapter> adapter;

	/** Where each mistake found at startup goes, as a description and an action: {@link StartupMistakes}. */
	private final BiConsumer<String, String> mistakes;

	RouteHandlerRegistrar(ConfigurableListableBeanFactory beanFactory, RouteHandlers routes,
			ObjectProvider<RequestMappingHandlerMapping> mapping, ObjectProvider<RequestMappingHandlerAdapter> adapter,
			BiConsumer<String, String> mistakes) {
		this.beanFactory = beanFactory;
		this.routes = routes;
		this.mapping = mapping;
		this.adapter = adapter;
		this.mistakes = mistakes;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// built at build time under Spring AOT; else found on the bean definitions
		RouteTable table = this.beanFactory.getBeanProvider(RouteTable.class).getIfAvailable();
		Map<String, RouteDeclaration> declared = (table != null) ? table.routes(routeClassLoader())
				: RouteDeclaration.declaredBy(this.beanFactory, this.mistakes);
		if (declared.isEmpty()) {
			return;
		}
		RequestMappingHandlerMapping mapping = this.mapping.getObject();
		RequestMappingHandlerAdapter adapter = this.adapter.getIfUnique();
		List<HttpMessageConverter<?>> converters = (adapter != null) ? adapter.getMessageConverters() : List.of();
		Map<String, Set<String>> options = new LinkedHashMap<>();
		Map<Class<?>, String[]> produces = new HashMap<>();
		Map<List<Object>, RequestMappingInfo> infos = new HashMap<>();
		declared.forEach((beanName, route) -> {
			if (register(mapping, converters, beanName, route, produces, infos)
					&& !route.verbs().containsKey(RequestMethod.OPTIONS)) {
				options.put(route.path(), route.allowed());
			}
		});
		// an OPTIONS mapping of the application's own on a route's path answers it, as before any route
		mapping.getHandlerMethods().keySet().forEach((info) -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.OPTIONS)) {
				options.keySet().removeAll(info.getPatternValues());
			}
		});
		if (!options.isEmpty()) {
			// one mapping (and one handler) answers OPTIONS on every route without an options method
			RequestMappingInfo info = RequestMappingInfo.paths(options.keySet().toArray(String[]::new))
				.methods(RequestMethod.OPTIONS)
				.options(mapping.getBuilderConfiguration())
				.build();
			mapping.registerMapping(info, new OptionsAnswer(options, this.routes), OptionsAnswer.METHOD);
		}
	}

	private ClassLoader routeClassLoader() {
		ClassLoader loader = this.beanFactory.getBeanClassLoader();
		return (loader != null) ? loader : RouteHandlerRegistrar.class.getClassLoader();
	}

	/** Registers the route's verb methods; {@code false} (and a mistake reported) when it cannot. */
	private boolean register(RequestMappingHandlerMapping mapping, List<HttpMessageConverter<?>> converters,
			String beanName, RouteDeclaration route, Map<Class<?>, String[]> producesByType,
			Map<List<Object>, RequestMappingInfo> infos) {
		PathPattern pattern = parse(mapping, route);
		if (pattern == null) {
			return false;
		}
		Set<String> variableNames = variableNames(route.path());
		Map<Method, RouteHandlers.VerbMethod> registered = new HashMap<>();
		Method first = null;
		for (Map.Entry<RequestMethod, Method> verb : route.verbs().entrySet()) {
			Method invocable = AopUtils.selectInvocableMethod(verb.getValue(), route.type());
			String[] produces = (invocable.getGenericReturnType() instanceof Class<?> plain)
					? producesByType.computeIfAbsent(plain, (type) -> produces(invocable, route, converters))
					: produces(invocable, route, converters);
			// the conditions of an earlier mapping with the same verb and produces, on this path: parsing
			// and sorting the media types again for every route cost startup time
			RequestMappingInfo info = infos.compute(List.of(verb.getKey(), List.of(produces)),
					(key, earlier) -> (earlier != null) ? earlier.mutate().paths(route.path()).build()
							: RequestMappingInfo.paths(route.path())
								.methods(verb.getKey())
								.produces(produces)
								.options(mapping.getBuilderConfiguration())
								.build());
			try {
				mapping.registerMapping(info, beanName, invocable);
			}
			catch (IllegalStateException ambiguous) {
				// Spring MVC's message names both methods: another handler maps this path and verb
				this.mistakes.accept("@RouteHandler " + route.type().getName() + " cannot map " + verb.getKey() + " "
						+ route.path() + ": " + ambiguous.getMessage(),
						"Map each path and verb once: remove one of the two methods, or move one to another path.");
				return false;
			}
			registered.put(invocable, new RouteHandlers.VerbMethod(variableNames, answersNoContent(invocable)));
			first = (first != null) ? first : invocable;
		}
		Method any = first;
		this.routes.add(new RouteHandlers.Route(route.type(), pattern, route.allowed(),
				SingletonSupplier.of(() -> new HandlerMethod(beanName, this.beanFactory, any))), registered);
		return true;
	}

	/** What a method's answer can be written as; the same for every method returning one (non-generic) class. */
	private static String[] produces(Method method, RouteDeclaration route, List<HttpMessageConverter<?>> converters) {
		return Representations.producible(method, route.type(), converters)
			.stream()
			.map(MediaType::toString)
			.toArray(String[]::new);
	}

	/** {@code void}, and not writing the response itself through a parameter. */
	private static boolean answersNoContent(Method method) {
		if (method.getReturnType() != void.class) {
			return false;
		}
		for (Class<?> parameter : method.getParameterTypes()) {
			if (ServletResponse.class.isAssignableFrom(parameter) || OutputStream.class.isAssignableFrom(parameter)
					|| Writer.class.isAssignableFrom(parameter)) {
				return false;
			}
		}
		return true;
	}

	private @Nullable PathPattern parse(RequestMappingHandlerMapping mapping, RouteDeclaration route) {
		try {
			return mapping.getPatternParser().parse(route.path());
		}
		catch (PatternParseException ex) {
			this.mistakes.accept("@RouteHandler " + route.type().getName() + " has an invalid path template \""
					+ route.path() + "\": " + ex.toDetailedString(),
					"Write the path in Spring's PathPattern syntax, such as \"/things/{id}\" or \"/files/{*path}\".");
			return null;
		}
	}

	static Set<String> variableNames(String path) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = VARIABLE.matcher(path);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return Set.copyOf(names);
	}

}
