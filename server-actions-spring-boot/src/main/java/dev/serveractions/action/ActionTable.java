package dev.serveractions.action;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.ClassUtils;

/**
 * The actions of an application as Spring AOT found them at build time
 * ({@link ActionTableAotProcessor} generates the code that fills one in and registers it as a
 * singleton), with their ids under the id key of that build. An AOT-processed start reads the
 * actions from here instead of introspecting every bean; the ids are used when the running id
 * key has the same fingerprint, else computed again.
 */
final class ActionTable {

	private final String idKeyFingerprint;

	private final List<Entry> entries = new ArrayList<>();

	/** @param idKeyFingerprint {@link Keyring#idKeyFingerprint()} of the keyring the ids were computed with */
	ActionTable(String idKeyFingerprint) {
		this.idKeyFingerprint = idKeyFingerprint;
	}

	/**
	 * Adds one action (called by the generated code).
	 * @param method the declaring class, the method's name, then its parameter types, all as class names
	 * @param boundNames the names of its {@code @Bound} parameters, in order
	 */
	ActionTable add(String beanName, String name, String id, int requiredBound, String[] boundNames,
			String... method) {
		this.entries.add(new Entry(beanName, name, id, requiredBound, List.of(boundNames), List.of(method)));
		return this;
	}

	String idKeyFingerprint() {
		return this.idKeyFingerprint;
	}

	/** Every action, by name, with its id under the build's id key. */
	Map<String, ActionDiscovery.Found> actions(ClassLoader classLoader, Map<String, String> ids) {
		Map<String, ActionDiscovery.Found> actions = new LinkedHashMap<>();
		for (Entry entry : this.entries) {
			actions.put(entry.name(), new ActionDiscovery.Found(entry.beanName(), entry.method(classLoader),
					entry.name(), entry.boundNames(), entry.requiredBound()));
			ids.put(entry.name(), entry.id());
		}
		return actions;
	}

	record Entry(String beanName, String name, String id, int requiredBound, List<String> boundNames,
			List<String> method) {

		Method method(ClassLoader classLoader) {
			Class<?> type = ClassUtils.resolveClassName(this.method.get(0), classLoader);
			Class<?>[] parameterTypes = new Class<?>[this.method.size() - 2];
			for (int i = 0; i < parameterTypes.length; i++) {
				parameterTypes[i] = ClassUtils.resolveClassName(this.method.get(i + 2), classLoader);
			}
			return ClassUtils.getMethod(type, this.method.get(1), parameterTypes);
		}

	}

}
