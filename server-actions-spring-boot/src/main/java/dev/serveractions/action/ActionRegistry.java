package dev.serveractions.action;

import java.lang.reflect.Method;
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

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.convert.ConversionService;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.HandlerMethod;

/**
 * Keeps every {@link ServerAction @ServerAction} method by name and by its id under the current
 * key, so that a request costs one map lookup: read from the {@link ActionTable} Spring AOT built
 * at build time, else found at startup ({@link ActionDiscovery}). Ids under previous keys are
 * computed when a request first needs one.
 */
final class ActionRegistry implements ServerActions, SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ActionRegistry.class);

	private final ConfigurableListableBeanFactory beanFactory;

	private final Keyring keyring;

	private final ConversionService conversionService;

	/** Where each mistake found at startup goes, as a description and an action: {@link StartupMistakes}. */
	private final BiConsumer<String, String> mistakes;

	private volatile Map<String, ActionMethod> byName = Map.of();

	private volatile Map<String, ActionMethod> byId = Map.of();

	private volatile @Nullable Map<String, ActionMethod> previousIds;

	ActionRegistry(ConfigurableListableBeanFactory beanFactory, Keyring keyring, ConversionService conversionService,
			BiConsumer<String, String> mistakes) {
		this.beanFactory = beanFactory;
		this.keyring = keyring;
		this.conversionService = conversionService;
		this.mistakes = mistakes;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// built at build time under Spring AOT; else found by introspecting the beans
		ActionTable table = this.beanFactory.getBeanProvider(ActionTable.class).getIfAvailable();
		Map<String, String> builtIds = new HashMap<>();
		Map<String, ActionDiscovery.Found> found = (table != null)
				? table.actions(actionClassLoader(), builtIds)
				: new ActionDiscovery(this.beanFactory, this.mistakes).find();
		boolean idsFit = table != null && table.idKeyFingerprint().equals(this.keyring.idKeyFingerprint());
		Map<String, ActionMethod> byName = new TreeMap<>();
		Map<String, ActionMethod> byId = new HashMap<>();
		found.forEach((name, action) -> {
			String id = idsFit ? builtIds.get(name) : this.keyring.id(name);
			ActionMethod method = action(action, id);
			byName.put(name, method);
			byId.putIfAbsent(id, method);
		});
		this.byName = Collections.unmodifiableMap(byName);
		this.byId = Map.copyOf(byId);
		// ids do not need the secret, signed values do: say so only to an application that binds values
		boolean binds = byName.values().stream().anyMatch((action) -> !action.boundNames().isEmpty());
		if (binds && !this.keyring.isConfigured() && logger.isWarnEnabled()) {
			logger.warn("server-actions.secret is not set: values bound with sa:bind are signed with a random key "
					+ "and stop verifying after a restart or on another instance. Set server-actions.secret.");
		}
	}

	private ClassLoader actionClassLoader() {
		ClassLoader loader = this.beanFactory.getBeanClassLoader();
		return (loader != null) ? loader : ActionRegistry.class.getClassLoader();
	}

	private ActionMethod action(ActionDiscovery.Found found, String id) {
		String beanName = found.beanName();
		Method invocable = found.method();
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
		return new ActionMethod(found.name(), id, invocable, handlerMethod, singleton, found.boundNames(),
				found.requiredBound());
	}

	/**
	 * The ids under the keys before the current one (a rotation's previous secrets), computed
	 * when a request first brings an id the current key does not know.
	 */
	private Map<String, ActionMethod> previousIds() {
		Map<String, ActionMethod> previous = this.previousIds;
		if (previous == null) {
			Map<String, ActionMethod> ids = new HashMap<>();
			this.byName.values()
				.forEach((action) -> this.keyring.previousIds(action.name())
					.forEach((id) -> ids.putIfAbsent(id, action)));
			previous = Map.copyOf(ids);
			this.previousIds = previous;
		}
		return previous;
	}

	@Nullable ActionMethod byId(String id) {
		ActionMethod action = this.byId.get(id);
		return (action != null || !this.keyring.hasPreviousKeys()) ? action : previousIds().get(id);
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
