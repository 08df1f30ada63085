package dev.serveractions.action;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.ClassUtils;

import dev.serveractions.route.RouteHandler;

/**
 * Compares the indexes {@code server-actions-processor} wrote ({@link ClasspathIndexes}) with
 * the beans: an indexed route handler or action class that is not a bean fails startup (or, with
 * {@code server-actions.index.fail-on-missing-bean=false}, is logged); a route handler or action
 * the runtime found that the index of its own jar lacks is logged, as that jar was built without
 * the processor or is stale. Classes a test slice leaves out on purpose are not reported.
 * Without any index, nothing happens.
 */
final class IndexedBeansCheck implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(IndexedBeansCheck.class);

	private final ConfigurableListableBeanFactory beanFactory;

	private final ActionRegistry actions;

	private final boolean failOnMissingBean;

	IndexedBeansCheck(ConfigurableListableBeanFactory beanFactory, ActionRegistry actions, boolean failOnMissingBean) {
		this.beanFactory = beanFactory;
		this.actions = actions;
		this.failOnMissingBean = failOnMissingBean;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ClasspathIndexes indexes = ClasspathIndexes.load(this.beanFactory.getBeanClassLoader());
		if (indexes.isEmpty() || !AutoConfigurationPackages.has(this.beanFactory)) {
			return;
		}
		checkBeans(indexes);
		checkIndexes(indexes);
	}

	private void checkBeans(ClasspathIndexes indexes) {
		Set<Class<?>> beanTypes = new HashSet<>();
		for (String name : this.beanFactory.getBeanDefinitionNames()) {
			Class<?> type = this.beanFactory.getType(name, false);
			if (type != null) {
				beanTypes.add(ClassUtils.getUserClass(type));
			}
		}
		List<String> missing = new ArrayList<>();
		for (ClasspathIndexes.IndexFile index : indexes.files()) {
			for (String className : index.classes()) {
				if (!ClassUtils.isPresent(className, this.beanFactory.getBeanClassLoader()) || excluded(className)) {
					continue;
				}
				Class<?> type = ClassUtils.resolveClassName(className, this.beanFactory.getBeanClassLoader());
				if (beanTypes.stream().noneMatch(type::isAssignableFrom)) {
					missing.add(className + " (" + String.join(" and ", index.describe(className)) + ")");
				}
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		String message = "Indexed by server-actions-processor but not a bean, so its route handler or actions "
				+ "would not exist: " + String.join(", ", missing) + ". Annotate the class with @Component "
				+ "(@RouteHandler is one) and make sure component scanning reaches its package, or @Import it, or "
				+ "declare it as a @Bean. To start anyway, set server-actions.index.fail-on-missing-bean=false.";
		if (this.failOnMissingBean) {
			throw new IllegalStateException(message);
		}
		logger.warn(message);
	}

	private void checkIndexes(ClasspathIndexes indexes) {
		for (String name : this.actions.names()) {
			ActionMethod action = this.actions.byName(name);
			if (action != null) {
				Class<?> type = action.method().getDeclaringClass();
				ClasspathIndexes.IndexFile index = indexes.of(type);
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
		for (String beanName : this.beanFactory.getBeanNamesForAnnotation(RouteHandler.class)) {
			Class<?> type = this.beanFactory.getType(beanName, false);
			if (type != null) {
				Class<?> userType = ClassUtils.getUserClass(type);
				ClasspathIndexes.IndexFile index = indexes.of(userType);
				if (index == null || !index.routes().contains(userType.getName())) {
					notIndexed("@RouteHandler " + userType.getName(), userType, index);
				}
			}
		}
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

	/** Whether the application's component scanning leaves the class out on purpose (a test slice). */
	private boolean excluded(String className) {
		TypeExcludeFilter filter = new TypeExcludeFilter();
		filter.setBeanFactory(this.beanFactory);
		MetadataReaderFactory readers = new CachingMetadataReaderFactory(this.beanFactory.getBeanClassLoader());
		try {
			return filter.match(readers.getMetadataReader(className), readers);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
