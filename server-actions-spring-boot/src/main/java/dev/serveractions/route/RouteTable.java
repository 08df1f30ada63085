package dev.serveractions.route;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The route handlers of an application as Spring AOT found them at build time
 * ({@link RouteTableAotProcessor} generates the code that fills one in and registers it as a
 * singleton): bean, path and verb methods, already checked. An AOT-processed start maps them from
 * here instead of reading every bean's annotations and methods.
 */
final class RouteTable {

	private final List<Entry> entries = new ArrayList<>();

	/** Adds a route (called by the generated code); its verbs follow. */
	RouteTable route(String beanName, String type, String path) {
		this.entries.add(new Entry(beanName, type, path, new TreeMap<>()));
		return this;
	}

	/**
	 * Adds a verb method to the last route (called by the generated code).
	 * @param method the declaring class, the method's name, then its parameter types, all as class names
	 */
	RouteTable verb(String verb, String... method) {
		this.entries.get(this.entries.size() - 1).verbs().put(RequestMethod.valueOf(verb), List.of(method));
		return this;
	}

	/** The routes, by bean name. */
	Map<String, RouteDeclaration> routes(ClassLoader classLoader) {
		Map<String, RouteDeclaration> routes = new LinkedHashMap<>();
		for (Entry entry : this.entries) {
			Map<RequestMethod, Method> verbs = new TreeMap<>();
			entry.verbs().forEach((verb, method) -> verbs.put(verb, method(method, classLoader)));
			routes.put(entry.beanName(),
					new RouteDeclaration(ClassUtils.resolveClassName(entry.type(), classLoader), entry.path(), verbs));
		}
		return routes;
	}

	private static Method method(List<String> method, ClassLoader classLoader) {
		Class<?>[] parameterTypes = new Class<?>[method.size() - 2];
		for (int i = 0; i < parameterTypes.length; i++) {
			parameterTypes[i] = ClassUtils.resolveClassName(method.get(i + 2), classLoader);
		}
		return ClassUtils.getMethod(ClassUtils.resolveClassName(method.get(0), classLoader), method.get(1),
				parameterTypes);
	}

	private record Entry(String beanName, String type, String path, Map<RequestMethod, List<String>> verbs) {
	}

}
