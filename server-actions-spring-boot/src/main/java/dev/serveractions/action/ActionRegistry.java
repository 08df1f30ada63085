package dev.serveractions.action;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.TreeMap;
import java.util.function.Supplier;

import dev.serveractions.diagnostics.StartupMistakes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.KotlinDetector;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotatedMethod;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.util.ClassUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.HandlerMethod;

/**
 * Finds every {@link ServerAction @ServerAction} method once, at startup, and keeps them by
 * name and by every id they have under the keyring, so that a request costs one map lookup.
 */
final class ActionRegistry implements ServerActions, SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ActionRegistry.class);

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private final ConfigurableListableBeanFactory beanFactory;

	private final Keyring keyring;

	private final ConversionService conversionService;

	/** Where each mistake found at startup goes, as a description and an action: {@link StartupMistakes}. */
	private final BiConsumer<String, String> mistakes;

	private volatile Map<String, ActionMethod> byName = Map.of();

	private volatile Map<String, ActionMethod> byId = Map.of();

	ActionRegistry(ConfigurableListableBeanFactory beanFactory, Keyring keyring, ConversionService conversionService,
			BiConsumer<String, String> mistakes) {
		this.beanFactory = beanFactory;
		this.keyring = keyring;
		this.conversionService = conversionService;
		this.mistakes = mistakes;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, ActionMethod> byName = new TreeMap<>();
		Map<String, ActionMethod> byId = new HashMap<>();
		for (String beanName : this.beanFactory.getBeanDefinitionNames()) {
			Class<?> beanType = beanType(beanName);
			// isCandidateClass rules out only the JDK's types: every other class is introspected
			if (beanType == null || !AnnotationUtils.isCandidateClass(beanType, ServerAction.class)) {
				continue;
			}
			Map<Method, ServerAction> methods = MethodIntrospector.selectMethods(beanType,
					(MethodIntrospector.MetadataLookup<ServerAction>) (method) -> AnnotatedElementUtils
						.findMergedAnnotation(method, ServerAction.class));
			methods.forEach((method, annotation) -> {
				ActionMethod action = action(beanName, beanType, method, annotation);
				if (action == null) {
					return;
				}
				ActionMethod previous = byName.putIfAbsent(action.name(), action);
				if (previous != null) {
					this.mistakes.accept("Two server actions are named \"" + action.name() + "\": " + previous.describe()
							+ " and " + action.describe() + ".",
							"Give one of them another name with @ServerAction(\"...\").");
					return;
				}
				action.ids().forEach((id) -> byId.putIfAbsent(id, action));
			});
		}
		this.byName = Collections.unmodifiableMap(byName);
		this.byId = Map.copyOf(byId);
		// ids do not need the secret, signed values do: say so only to an application that binds values
		boolean binds = byName.values().stream().anyMatch((action) -> !action.boundNames().isEmpty());
		if (binds && !this.keyring.isConfigured() && logger.isWarnEnabled()) {
			logger.warn("server-actions.secret is not set: values bound with sa:bind are signed with a random key "
					+ "and stop verifying after a restart or on another instance. Set server-actions.secret.");
		}
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
	private @Nullable ActionMethod action(String beanName, Class<?> beanType, Method method, ServerAction annotation) {
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
		boolean singleton = this.beanFactory.isSingleton(beanName);
		// the bean now, as before; its HandlerMethod on the action's first request
		Supplier<HandlerMethod> handlerMethod;
		if (singleton) {
			Object bean = this.beanFactory.getBean(beanName);
			handlerMethod = SingletonSupplier.of(() -> new HandlerMethod(bean, invocable));
		}
		else {
			handlerMethod = SingletonSupplier.of(() -> new HandlerMethod(beanName, this.beanFactory, invocable));
		}
		// the ids under every key, current first: one HMAC per key
		List<String> ids = this.keyring.ids(name);
		return new ActionMethod(name, ids.get(0), ids, invocable, handlerMethod, singleton, boundNames(invocable),
				requiredBound(invocable));
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

	/** The names of the {@link Bound @Bound} parameters, in order; names are looked up only if there are any. */
	private static List<String> boundNames(Method method) {
		List<String> bound = new ArrayList<>();
		String @Nullable [] names = null;
		// annotations as Spring MVC sees them (on interface methods too), without a whole HandlerMethod
		for (var parameter : new AnnotatedMethod(method).getMethodParameters()) {
			if (parameter.hasParameterAnnotation(Bound.class)) {
				names = (names != null) ? names : PARAMETER_NAMES.getParameterNames(method);
				int index = parameter.getParameterIndex();
				bound.add((names != null) ? names[index] : "arg" + index);
			}
		}
		return List.copyOf(bound);
	}

	/**
	 * How many values {@code sa:bind} must give at least: up to the last {@link Bound @Bound}
	 * parameter that is not optional (Kotlin's nullable, {@code Optional}, {@code @Nullable}).
	 */
	private static int requiredBound(Method method) {
		int required = 0;
		int position = 0;
		for (var parameter : new AnnotatedMethod(method).getMethodParameters()) {
			if (parameter.hasParameterAnnotation(Bound.class)) {
				position++;
				if (!parameter.isOptional()) {
					required = position;
				}
			}
		}
		return required;
	}

	@Nullable ActionMethod byId(String id) {
		return this.byId.get(id);
	}

	@Nullable ActionMethod byName(String name) {
		return this.byName.get(name);
	}

	Keyring keyring() {
		return this.keyring;
	}

	@Override
	public String id(String name) {
		return require(name).id();
	}

	@Override
	public String bind(String name, List<?> values) {
		ActionMethod action = require(name);
		List<String> strings = new ArrayList<>(values.size());
		for (Object value : values) {
			String string = (value == null) ? ""
					: this.conversionService.canConvert(value.getClass(), String.class)
							? this.conversionService.convert(value, String.class) : value.toString();
			strings.add((string != null) ? string : "");
		}
		return this.keyring.sign(action.name(), strings);
	}

	@Override
	public Set<String> names() {
		return this.byName.keySet();
	}

	@Override
	public Method method(String name) {
		return require(name).method();
	}

	private ActionMethod require(String name) {
		ActionMethod action = this.byName.get(name);
		if (action == null) {
			throw new IllegalArgumentException(UnknownActionMessage.of(name, this.byName.keySet(), this.beanFactory));
		}
		return action;
	}

}
