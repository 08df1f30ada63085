package dev.serveractions.route;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * What one {@link RouteHandler} class declares: its path and its verb methods, checked so that
 * nothing it declares is silently left unmapped. Every mistake is reported with the class and
 * the fix; startup fails once every route handler was read (see
 * {@link dev.serveractions.diagnostics.StartupMistakes}).
 *
 * @param type the route handler class
 * @param path the path template
 * @param verbs the public verb methods, one per verb
 */
record RouteDeclaration(Class<?> type, String path, Map<RequestMethod, Method> verbs) {

	private static final Pattern VARIABLE_NAME = Pattern.compile("\\{(\\*?)[^}:]*");

	/**
	 * The route the class declares, or {@code null} when it declares it wrongly: then every
	 * mistake in it is reported, each as a description and an action.
	 */
	static @Nullable RouteDeclaration of(Class<?> type, RouteHandler annotation, BiConsumer<String, String> mistakes) {
		String path = annotation.value();
		Mistakes found = new Mistakes(type, mistakes);
		if (path.isEmpty()) {
			found.add("has no path.", "Write the path as @RouteHandler(\"/api/things\").");
		}
		else if (!path.startsWith("/")) {
			found.add("has the path \"" + path + "\", which does not start with '/'.",
					"Write @RouteHandler(\"/" + path + "\").");
		}
		if (carriesRequestMapping(type)) {
			found.add("carries @RequestMapping, but a route handler's path is the @RouteHandler value.",
					"Remove @RequestMapping from " + type.getSimpleName() + ".");
		}
		Map<RequestMethod, Method> verbs = verbMethods(type, found);
		if (verbs.isEmpty() && !found.any()) {
			found.add("(\"" + path + "\") has no public method named after an HTTP verb.",
					"Add get(), post(), put(), patch(), delete(), head() or options() to " + type.getSimpleName() + ".");
		}
		return found.any() ? null : new RouteDeclaration(type, path, verbs);
	}

	/**
	 * The route every {@link RouteHandler} bean declares, by bean name: at startup in JVM mode,
	 * and once at build time under Spring AOT ({@link RouteTableAotProcessor}). Mistakes, two
	 * routes on one path among them, go to {@code mistakes}; the routes declared wrongly are left
	 * out.
	 */
	static Map<String, RouteDeclaration> declaredBy(ListableBeanFactory beanFactory,
			BiConsumer<String, String> mistakes) {
		Map<String, RouteDeclaration> routes = new LinkedHashMap<>();
		Map<String, Class<?>> paths = new HashMap<>();
		for (String beanName : beanFactory.getBeanNamesForAnnotation(RouteHandler.class)) {
			Class<?> beanType = beanFactory.getType(beanName);
			Class<?> type = (beanType != null) ? ClassUtils.getUserClass(beanType) : null;
			RouteHandler annotation = (type != null) ? AnnotatedElementUtils.findMergedAnnotation(type, RouteHandler.class)
					: null;
			RouteDeclaration route = (annotation != null) ? of(type, annotation, mistakes) : null;
			if (route == null) {
				continue;
			}
			Class<?> other = paths.putIfAbsent(route.shape(), type);
			if (other != null) {
				mistakes.accept("@RouteHandler " + type.getName() + " and @RouteHandler " + other.getName()
						+ " both answer \"" + route.path() + "\", but one path has one route handler.",
						"Move the verb methods of one class into the other.");
				continue;
			}
			routes.put(beanName, route);
		}
		return routes;
	}

	/** A {@code @RequestMapping} of the class's own, not the one {@code @RouteHandler} stands for. */
	private static boolean carriesRequestMapping(Class<?> type) {
		return MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY)
			.stream(RequestMapping.class)
			.anyMatch((mapping) -> !mapping.getMetaTypes().contains(RouteHandler.class));
	}

	/** The {@code Allow} set: the verbs, HEAD where GET is, and OPTIONS, sorted. */
	Set<String> allowed() {
		Set<String> allow = new TreeSet<>();
		this.verbs.keySet().forEach((verb) -> allow.add(verb.name()));
		if (this.verbs.containsKey(RequestMethod.GET)) {
			allow.add("HEAD");
		}
		allow.add("OPTIONS");
		return allow;
	}

	/** The path with its variables' names left out: two routes with the same shape are one path. */
	String shape() {
		return VARIABLE_NAME.matcher(this.path).replaceAll("{$1");
	}

	private static Map<RequestMethod, Method> verbMethods(Class<?> type, Mistakes found) {
		Map<RequestMethod, Method> verbs = new TreeMap<>();
		for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS)) {
			if (method.isBridge() || method.isSynthetic()) {
				continue;
			}
			if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
				found.add("maps " + method.toGenericString() + " with a @RequestMapping annotation (@GetMapping, "
						+ "@PostMapping...), but a route handler maps the methods named after a verb, on its own path.",
						"Remove the annotation from " + method.getName() + "() and name the method get(), post()..., "
								+ "or move it to a @RestController.");
				continue;
			}
			RequestMethod verb = verbOf(method);
			if (verb == null) {
				continue;
			}
			String wrong = wrongModifier(method.getModifiers());
			if (wrong != null) {
				found.add("has a method named after " + verb + " that is " + wrong + ", so it would not be mapped: "
						+ method.toGenericString() + ".",
						(wrong.equals("static") ? "Make " + method.getName() + "() an instance method (not static)"
								: "Make " + method.getName() + "() public") + ", or rename it.");
				continue;
			}
			Method previous = verbs.put(verb, method);
			if (previous != null) {
				found.add("has two methods for " + verb + ": " + previous.toGenericString() + " and "
						+ method.toGenericString() + ".", "Keep one public method per verb.");
			}
		}
		return verbs;
	}

	/** Why a verb method would not be mapped, in the words of the annotation processor; {@code null} if it would. */
	private static @Nullable String wrongModifier(int modifiers) {
		if (Modifier.isPrivate(modifiers)) {
			return "private";
		}
		if (Modifier.isStatic(modifiers)) {
			return "static";
		}
		if (!Modifier.isPublic(modifiers)) {
			return Modifier.isProtected(modifiers) ? "protected" : "package-private";
		}
		return null;
	}

	private static @Nullable RequestMethod verbOf(Method method) {
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

	/** The mistakes found in one class, each named after it. */
	static final class Mistakes {

		private final Class<?> type;

		private final BiConsumer<String, String> mistakes;

		private boolean any;

		Mistakes(Class<?> type, BiConsumer<String, String> mistakes) {
			this.type = type;
			this.mistakes = mistakes;
		}

		void add(String problem, String action) {
			this.any = true;
			this.mistakes.accept("@RouteHandler " + this.type.getName() + " " + problem, action);
		}

		boolean any() {
			return this.any;
		}

	}

}
