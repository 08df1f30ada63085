package dev.serveractions.route;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PatternParseException;

/**
 * Registers the verb methods of every {@link RouteHandler} bean with Spring MVC's own
 * {@code requestMappingHandlerMapping}, so that they are ordinary {@code RequestMappingInfo}s:
 * interceptors, CORS, {@code /actuator/mappings} and duplicate detection apply as they do to
 * {@code @RestController}s. A route without an {@code options} method also gets a mapping that
 * answers OPTIONS with {@code 204} and {@code Allow}.
 */
final class RouteHandlerRegistrar implements SmartInitializingSingleton {

	static final String MAPPING_BEAN_NAME = "requestMappingHandlerMapping";

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:/]+)");

	private final ConfigurableListableBeanFactory beanFactory;

	private final RouteHandlers routes;

	RouteHandlerRegistrar(ConfigurableListableBeanFactory beanFactory, RouteHandlers routes) {
		this.beanFactory = beanFactory;
		this.routes = routes;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String[] beanNames = this.beanFactory.getBeanNamesForAnnotation(RouteHandler.class);
		if (beanNames.length == 0) {
			return;
		}
		RequestMappingHandlerMapping mapping = this.beanFactory.getBean(MAPPING_BEAN_NAME,
				RequestMappingHandlerMapping.class);
		for (String beanName : beanNames) {
			Class<?> beanType = this.beanFactory.getType(beanName);
			if (beanType != null) {
				register(mapping, beanName, ClassUtils.getUserClass(beanType));
			}
		}
	}

	private void register(RequestMappingHandlerMapping mapping, String beanName, Class<?> type) {
		RouteHandler annotation = AnnotatedElementUtils.findMergedAnnotation(type, RouteHandler.class);
		if (annotation == null) {
			return;
		}
		String path = annotation.value();
		PathPattern pattern = parse(mapping, path, type);
		Map<RequestMethod, Method> verbs = verbMethods(type);
		if (verbs.isEmpty()) {
			throw new IllegalStateException("@RouteHandler " + type.getName() + " (\"" + path
					+ "\") has no public method named after an HTTP verb: "
					+ "add get(), post(), put(), patch(), delete(), head() or options()");
		}
		List<Method> registered = new ArrayList<>();
		verbs.forEach((verb, method) -> {
			Method invocable = AopUtils.selectInvocableMethod(method, type);
			RequestMappingInfo info = RequestMappingInfo.paths(path)
				.methods(verb)
				.options(mapping.getBuilderConfiguration())
				.build();
			mapping.registerMapping(info, beanName, invocable);
			registered.add(invocable);
		});
		Set<String> allow = allowed(verbs.keySet());
		if (!verbs.containsKey(RequestMethod.OPTIONS)) {
			RequestMappingInfo info = RequestMappingInfo.paths(path)
				.methods(RequestMethod.OPTIONS)
				.options(mapping.getBuilderConfiguration())
				.build();
			mapping.registerMapping(info, new OptionsAnswer(allow), OptionsAnswer.METHOD);
		}
		HandlerMethod any = new HandlerMethod(beanName, this.beanFactory, registered.get(0));
		this.routes.add(new RouteHandlers.Route(pattern, allow, registered, any, variableNames(path)));
	}

	private static PathPattern parse(RequestMappingHandlerMapping mapping, String path, Class<?> type) {
		try {
			return mapping.getPatternParser().parse(path);
		}
		catch (PatternParseException ex) {
			throw new IllegalStateException("@RouteHandler " + type.getName() + " has an invalid path template \""
					+ path + "\": " + ex.toDetailedString(), ex);
		}
	}

	/** The public verb methods of a route handler class, at most one per verb. */
	static Map<RequestMethod, Method> verbMethods(Class<?> type) {
		Map<RequestMethod, Method> verbs = new TreeMap<>();
		for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS)) {
			RequestMethod verb = verbOf(method);
			if (verb == null) {
				continue;
			}
			Method previous = verbs.put(verb, method);
			if (previous != null) {
				throw new IllegalStateException("@RouteHandler " + type.getName() + " has two methods for " + verb
						+ ": " + previous.toGenericString() + " and " + method.toGenericString()
						+ "; keep one public method per verb");
			}
		}
		return verbs;
	}

	private static RequestMethod verbOf(Method method) {
		int modifiers = method.getModifiers();
		if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || method.isBridge()
				|| method.isSynthetic()) {
			return null;
		}
		return switch (method.getName().toLowerCase(Locale.ROOT)) {
			case "get" -> RequestMethod.GET;
			case "post" -> RequestMethod.POST;
			case "put" -> RequestMethod.PUT;
			case "patch" -> RequestMethod.PATCH;
			case "delete" -> RequestMethod.DELETE;
			case "head" -> RequestMethod.HEAD;
			case "options" -> RequestMethod.OPTIONS;
			default -> null;
		};
	}

	/** The {@code Allow} set: the verbs, HEAD where GET is, and OPTIONS, sorted. */
	static Set<String> allowed(Set<RequestMethod> verbs) {
		Set<String> allow = new TreeSet<>();
		verbs.forEach((verb) -> allow.add(verb.name()));
		if (verbs.contains(RequestMethod.GET)) {
			allow.add("HEAD");
		}
		allow.add("OPTIONS");
		return allow;
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
