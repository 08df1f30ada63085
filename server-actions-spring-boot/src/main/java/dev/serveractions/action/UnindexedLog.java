package dev.serveractions.action;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

import dev.serveractions.route.RouteHandler;

/**
 * Logs the route handlers and actions the runtime found that the index of their own jar or
 * directory lacks (a warning: that index is stale), or whose jar has no index while others have
 * one (built without {@code server-actions-processor}: its templates were not checked), and the
 * actions indexed under another name than the runtime gives them.
 */
final class UnindexedLog {

	private static final Log logger = LogFactory.getLog(UnindexedLog.class);

	private final ClasspathIndexes indexes;

	private final Map<Class<?>, ClasspathIndexes.@Nullable IndexFile> byType = new HashMap<>();

	UnindexedLog(ClasspathIndexes indexes) {
		this.indexes = indexes;
	}

	void report(ActionRegistry actions, ConfigurableListableBeanFactory beanFactory) {
		for (String name : actions.names()) {
			ActionMethod action = actions.byName(name);
			if (action != null) {
				Class<?> type = action.method().getDeclaringClass();
				ClasspathIndexes.IndexFile index = indexOf(type);
				String indexed = (index != null) ? index.actions().get(type.getName() + "#" + action.method().getName())
						: null;
				String what = "Server action \"" + name + "\" (" + type.getName() + "." + action.method().getName() + ")";
				if (indexed == null) {
					notIndexed(what, type, index);
				}
				else if (!name.equals(indexed)) {
					logger.warn(what + " is indexed as \"" + indexed + "\" in " + index.root() + ClasspathIndexes.LOCATION
							+ ", so templates were checked against that name: the index is stale, or a @Bean method "
							+ "named the bean; rebuild, or name the action with @ServerAction(\"" + name + "\")");
				}
			}
		}
		for (String beanName : beanFactory.getBeanNamesForAnnotation(RouteHandler.class)) {
			Class<?> type = beanFactory.getType(beanName, false);
			if (type != null) {
				Class<?> userType = ClassUtils.getUserClass(type);
				ClasspathIndexes.IndexFile index = this.indexes.of(userType);
				if (index == null || !index.routes().contains(userType.getName())) {
					notIndexed("@RouteHandler " + userType.getName(), userType, index);
				}
			}
		}
	}

	/** The index of the class's jar or directory, looked up once per class (ten actions, one lookup). */
	private ClasspathIndexes.@Nullable IndexFile indexOf(Class<?> type) {
		if (!this.byType.containsKey(type)) {
			this.byType.put(type, this.indexes.of(type));
		}
		return this.byType.get(type);
	}

	private void notIndexed(String what, Class<?> type, ClasspathIndexes.@Nullable IndexFile index) {
		if (index != null) {
			logger.warn(what + " is not in " + index.root() + ClasspathIndexes.LOCATION + ": that jar or "
					+ "directory is stale (built before this class changed); rebuild it");
		}
		else if (logger.isInfoEnabled()) {
			logger.info(what + ": the jar or directory of " + type.getName() + " has no " + ClasspathIndexes.LOCATION
					+ ", as it was built without server-actions-processor; its templates were not checked at build time");
		}
	}

}
