package dev.serveractions.route;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.Modifier;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.generate.GeneratedClass;
import org.springframework.aot.generate.GeneratedMethod;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.javapoet.CodeBlock;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Finds the route handlers when Spring AOT processes the application ({@code process-aot}), as
 * the registrar would at startup, and generates the code that registers them as a
 * {@link RouteTable}: the processed application then starts without reading every bean's
 * annotations and methods. A mistake in a route handler fails the build, with the message the
 * start would fail with. Registered in {@code META-INF/spring/aot.factories}.
 */
final class RouteTableAotProcessor implements BeanFactoryInitializationAotProcessor {

	/** Routes per generated method, which keeps each far below the JVM's 64 KB of code per method. */
	private static final int ROUTES_PER_METHOD = 100;

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.getBeanNamesForType(RouteHandlerRegistrar.class, false, false).length == 0) {
			return null;
		}
		List<String> mistakes = new ArrayList<>();
		Map<String, RouteDeclaration> routes = RouteDeclaration.declaredBy(beanFactory,
				(description, action) -> mistakes.add(description + " " + action));
		if (!mistakes.isEmpty()) {
			throw new IllegalStateException(String.join("\n", mistakes));
		}
		List<Map.Entry<String, RouteDeclaration>> entries = new ArrayList<>(routes.entrySet());
		return (generation, code) -> {
			GeneratedClass table = generation.getGeneratedClasses()
				.addForFeatureComponent("RouteTable", RouteTable.class, (type) -> type.addModifiers(Modifier.PUBLIC));
			List<String> parts = new ArrayList<>();
			for (int from = 0; from < entries.size(); from += ROUTES_PER_METHOD) {
				List<Map.Entry<String, RouteDeclaration>> part = entries.subList(from,
						Math.min(entries.size(), from + ROUTES_PER_METHOD));
				parts.add(table.getMethods().add("addRoutes", (method) -> {
					method.addModifiers(Modifier.PRIVATE, Modifier.STATIC);
					method.addParameter(RouteTable.class, "table");
					part.forEach((entry) -> method.addStatement(route(entry.getKey(), entry.getValue())));
				}).getName());
			}
			GeneratedMethod register = table.getMethods().add("registerRouteTable", (method) -> {
				method.addJavadoc("Registers the route handlers found at build time.");
				method.addModifiers(Modifier.PUBLIC, Modifier.STATIC);
				method.addParameter(DefaultListableBeanFactory.class, "beanFactory");
				method.addStatement("$T table = new $T()", RouteTable.class, RouteTable.class);
				parts.forEach((part) -> method.addStatement("$L(table)", part));
				method.addStatement("beanFactory.registerSingleton($S, table)", RouteTable.class.getName());
			});
			code.addInitializer(register.toMethodReference());
		};
	}

	/** {@code table.route(bean, class, path).verb(VERB, class, method, parameter types...)...} */
	private static CodeBlock route(String beanName, RouteDeclaration route) {
		CodeBlock.Builder code = CodeBlock.builder()
			.add("table.route($S, $S, $S)", beanName, route.type().getName(), route.path());
		for (Map.Entry<RequestMethod, Method> verb : route.verbs().entrySet()) {
			Method method = verb.getValue();
			code.add(".verb($S, $S, $S", verb.getKey().name(), method.getDeclaringClass().getName(), method.getName());
			for (Class<?> parameter : method.getParameterTypes()) {
				code.add(", $S", parameter.getName());
			}
			code.add(")");
		}
		return code.build();
	}

}
