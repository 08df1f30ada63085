package dev.serveractions.action;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.KotlinDetector;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotatedMethod;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the {@link ServerAction @ServerAction} methods of every bean by introspecting the bean
 * classes: at startup in JVM mode, and once at build time under Spring AOT
 * ({@link ActionTableAotProcessor}), whose table then replaces it. Every bean is looked at, whatever
 * its package: a class's name decides nothing. Mistakes (a private or static action, two actions
 * with one name) go to the {@code mistakes} consumer.
 */
final class ActionDiscovery {

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private final ConfigurableListableBeanFactory beanFactory;

	private final BiConsumer<String, String> mistakes;

	ActionDiscovery(ConfigurableListableBeanFactory beanFactory, BiConsumer<String, String> mistakes) {
		this.beanFactory = beanFactory;
		this.mistakes = mistakes;
	}

	/**
	 * One action as found.
	 * @param beanName the bean whose method it is
	 * @param method the method Spring MVC invokes (on a proxy, the proxy's)
	 * @param name the action's name
	 * @param boundNames the names of its {@code @Bound} parameters, in order
	 * @param requiredBound how many of them must have a value
	 */
	record Found(String beanName, Method method, String name, List<String> boundNames, int requiredBound) {

		String describe() {
			return this.method.getDeclaringClass().getName() + "." + this.method.getName();
		}

	}

	/** Every action, by name. */
	Map<String, Found> find() {
		Map<String, Found> byName = new TreeMap<>();
		for (String beanName : this.beanFactory.getBeanDefinitionNames()) {
			Class<?> beanType = beanType(beanName);
			if (beanType == null || !carriesServerAction(beanType, new HashSet<>())) {
				continue;
			}
			Map<Method, ServerAction> methods = MethodIntrospector.selectMethods(beanType,
					(MethodIntrospector.MetadataLookup<ServerAction>) (method) -> AnnotatedElementUtils
						.findMergedAnnotation(method, ServerAction.class));
			methods.forEach((method, annotation) -> {
				Found action = action(beanName, beanType, method, annotation);
				Found previous = (action != null) ? byName.putIfAbsent(action.name(), action) : null;
				if (previous != null) {
					this.mistakes.accept("Two server actions are named \"" + action.name() + "\": "
							+ previous.describe() + " and " + action.describe() + ".",
							"Give one of them another name with @ServerAction(\"...\").");
				}
			});
		}
		return byName;
	}

	/**
	 * Whether a method of the class, of a superclass or of an interface carries
	 * {@code @ServerAction} itself: the only way a method of the class can be an action, since the
	 * annotation targets methods alone (it cannot be a meta-annotation). One look at each declared
	 * method, where the introspection of a bean (below) looks up merged annotations through the
	 * hierarchy for each of its methods. {@code isCandidateClass} rules out only the JDK's types:
	 * every other class is looked at.
	 */
	private static boolean carriesServerAction(Class<?> type, Set<Class<?>> seen) {
		if (!AnnotationUtils.isCandidateClass(type, ServerAction.class) || !seen.add(type)) {
			return false;
		}
		for (Method method : ReflectionUtils.getDeclaredMethods(type)) {
			if (method.isAnnotationPresent(ServerAction.class)) {
				return true;
			}
		}
		for (Class<?> implemented : type.getInterfaces()) {
			if (carriesServerAction(implemented, seen)) {
				return true;
			}
		}
		Class<?> superclass = type.getSuperclass();
		return superclass != null && carriesServerAction(superclass, seen);
	}

	private @Nullable Class<?> beanType(String beanName) {
		try {
			Class<?> type = this.beanFactory.getType(beanName, false);
			return (type != null) ? ClassUtils.getUserClass(type) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** The action, or {@code null} when its method cannot be one (then that is a startup mistake). */
	private @Nullable Found action(String beanName, Class<?> beanType, Method method, ServerAction annotation) {
		String wrong = wrongModifier(method.getModifiers());
		if (wrong != null) {
			String where = beanType.getName() + "." + method.getName() + "()";
			this.mistakes.accept("@ServerAction " + where + " is " + wrong
					+ ": an action must be a public, non-static method of a bean.",
					wrong.equals("static") ? "Make " + where + " an instance method (remove static)."
							: "Make " + where + " public.");
			return null;
		}
		if (KotlinDetector.isSuspendingFunction(method)) {
			String where = beanType.getName() + "." + method.getName() + "()";
			// it would run off the request's thread, outside its transaction, security context and response
			this.mistakes.accept("@ServerAction " + where + " is a Kotlin suspend function: an action runs on the"
					+ " request's thread, inside its transaction and security context, and answers before it returns.",
					"Make " + where + " a plain fun; call suspending code from it with runBlocking { ... }.");
			return null;
		}
		String name = annotation.value().isEmpty() ? beanName + "." + method.getName() : annotation.value();
		Method invocable = AopUtils.selectInvocableMethod(method, beanType);
		List<String> bound = new ArrayList<>();
		int required = bound(invocable, bound);
		return new Found(beanName, invocable, name, List.copyOf(bound), required);
	}

	/** Why a method cannot be an action, in the words of the annotation processor; {@code null} if it can. */
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

	/**
	 * Adds the names of the {@link Bound @Bound} parameters to {@code names}, in order (names are
	 * looked up only if there are any), and returns how many values {@code sa:bind} must give at
	 * least: up to the last one that is not optional (Kotlin's nullable, {@code Optional},
	 * {@code @Nullable}). One pass over the parameters, with their annotations as Spring MVC sees
	 * them (on interface methods too), without a whole {@code HandlerMethod}.
	 */
	private static int bound(Method method, List<String> names) {
		int required = 0;
		String @Nullable [] parameterNames = null;
		for (var parameter : new AnnotatedMethod(method).getMethodParameters()) {
			if (parameter.hasParameterAnnotation(Bound.class)) {
				parameterNames = (parameterNames != null) ? parameterNames : PARAMETER_NAMES.getParameterNames(method);
				int index = parameter.getParameterIndex();
				names.add((parameterNames != null) ? parameterNames[index] : "arg" + index);
				if (!parameter.isOptional()) {
					required = names.size();
				}
			}
		}
		return required;
	}

}
