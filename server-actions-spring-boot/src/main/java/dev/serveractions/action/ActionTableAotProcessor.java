package dev.serveractions.action;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.generate.GeneratedClass;
import org.springframework.aot.generate.GeneratedMethod;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.javapoet.CodeBlock;

/**
 * Finds the server actions when Spring AOT processes the application ({@code process-aot}), as
 * the registry would at startup, and generates the code that registers them as an
 * {@link ActionTable}, with their ids under the build's id key (the configured
 * {@code server-actions.secret}, else the fixed id key): the processed application then starts
 * without introspecting its beans, and without computing ids when its id key is the build's. A
 * mistake in an action fails the build. Registered in {@code META-INF/spring/aot.factories}.
 */
final class ActionTableAotProcessor implements BeanFactoryInitializationAotProcessor {

	/** Actions per generated method, which keeps each far below the JVM's 64 KB of code per method. */
	private static final int ACTIONS_PER_METHOD = 100;

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.getBeanNamesForType(ActionRegistry.class, false, false).length == 0) {
			return null;
		}
		List<String> mistakes = new ArrayList<>();
		List<ActionDiscovery.Found> actions = new ArrayList<>(new ActionDiscovery(beanFactory,
				(description, action) -> mistakes.add(description + " " + action)).find().values());
		if (!mistakes.isEmpty()) {
			throw new IllegalStateException(String.join("\n", mistakes));
		}
		String secret = beanFactory.getBean(Environment.class).getProperty("server-actions.secret");
		Keyring keyring = new Keyring(Keyring.isTooShort(secret) ? null : secret, List.of());
		return (generation, code) -> {
			GeneratedClass table = generation.getGeneratedClasses()
				.addForFeatureComponent("ActionTable", ActionTable.class, (type) -> type.addModifiers(Modifier.PUBLIC));
			List<String> parts = new ArrayList<>();
			for (int from = 0; from < actions.size(); from += ACTIONS_PER_METHOD) {
				List<ActionDiscovery.Found> part = actions.subList(from,
						Math.min(actions.size(), from + ACTIONS_PER_METHOD));
				parts.add(table.getMethods().add("addActions", (method) -> {
					method.addModifiers(Modifier.PRIVATE, Modifier.STATIC);
					method.addParameter(ActionTable.class, "table");
					part.forEach((action) -> method.addStatement(action(action, keyring.id(action.name()))));
				}).getName());
			}
			GeneratedMethod register = table.getMethods().add("registerActionTable", (method) -> {
				method.addJavadoc("Registers the server actions found at build time.");
				method.addModifiers(Modifier.PUBLIC, Modifier.STATIC);
				method.addParameter(DefaultListableBeanFactory.class, "beanFactory");
				method.addStatement("$T table = new $T($S)", ActionTable.class, ActionTable.class,
						keyring.idKeyFingerprint());
				parts.forEach((part) -> method.addStatement("$L(table)", part));
				method.addStatement("beanFactory.registerSingleton($S, table)", ActionTable.class.getName());
			});
			code.addInitializer(register.toMethodReference());
		};
	}

	/** {@code table.add(bean, name, id, required, new String[] {bound...}, class, method, parameter types...)} */
	private static CodeBlock action(ActionDiscovery.Found action, String id) {
		CodeBlock.Builder code = CodeBlock.builder()
			.add("table.add($S, $S, $S, $L, new $T[] {", action.beanName(), action.name(), id, action.requiredBound(),
					String.class);
		for (int i = 0; i < action.boundNames().size(); i++) {
			code.add((i > 0) ? ", $S" : "$S", action.boundNames().get(i));
		}
		Method method = action.method();
		code.add("}, $S, $S", method.getDeclaringClass().getName(), method.getName());
		for (Class<?> parameter : method.getParameterTypes()) {
			code.add(", $S", parameter.getName());
		}
		return code.add(")").build();
	}

}
