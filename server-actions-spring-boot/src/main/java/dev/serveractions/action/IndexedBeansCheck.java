package dev.serveractions.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import dev.serveractions.diagnostics.StartupMistakes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.util.ClassUtils;

/**
 * Compares the indexes {@code server-actions-processor} wrote ({@link ClasspathIndexes}) with
 * the beans: an indexed route handler or action class that is not a bean although a component scan
 * of the context reaches it ({@link ComponentScanReach}: a forgotten {@code @Component}) is a
 * {@link StartupMistakes startup mistake} (or, with
 * {@code server-actions.index.fail-on-missing-bean=false}, is logged). Classes the context's scans
 * leave out — a test slice's filter, a test's narrower application class — are not reported. Then
 * {@link UnindexedLog} logs what the indexes lack. Without
 * any index, nothing happens. Under Spring AOT the comparison runs once at build time
 * ({@link ActionBeanCheckAotProcessor}), where the beans are fixed, and not at startup.
 */
final class IndexedBeansCheck implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(IndexedBeansCheck.class);

	private final ConfigurableListableBeanFactory beanFactory;

	private final ActionRegistry actions;

	private final boolean failOnMissingBean;

	/** Where each mistake found at startup goes, as a description and an action: {@link StartupMistakes}. */
	private final BiConsumer<String, String> mistakes;

	IndexedBeansCheck(ConfigurableListableBeanFactory beanFactory, ActionRegistry actions, boolean failOnMissingBean,
			BiConsumer<String, String> mistakes) {
		this.beanFactory = beanFactory;
		this.actions = actions;
		this.failOnMissingBean = failOnMissingBean;
		this.mistakes = mistakes;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// in an AOT-processed application the check ran at build time (ActionBeanCheckAotProcessor)
		if (AotDetector.useGeneratedArtifacts()) {
			return;
		}
		ClasspathIndexes indexes = ClasspathIndexes.load(this.beanFactory.getBeanClassLoader());
		if (indexes.isEmpty() || !AutoConfigurationPackages.has(this.beanFactory)) {
			return;
		}
		if (logger.isDebugEnabled()) {
			List<String> roots = new ArrayList<>();
			indexes.files().forEach((index) -> roots.add(index.root()));
			logger.debug("Comparing the beans with the server-actions-processor indexes of " + roots);
		}
		checkBeans(indexes, this.beanFactory, this.failOnMissingBean, this.mistakes);
		new UnindexedLog(indexes).report(this.actions, this.beanFactory);
	}

	/** The same comparison when Spring AOT processes the application: at build time, once. */
	static void checkAtBuildTime(ConfigurableListableBeanFactory beanFactory, boolean failOnMissingBean,
			BiConsumer<String, String> mistakes) {
		ClasspathIndexes indexes = ClasspathIndexes.load(beanFactory.getBeanClassLoader());
		if (!indexes.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
			checkBeans(indexes, beanFactory, failOnMissingBean, mistakes);
		}
	}

	private static void checkBeans(ClasspathIndexes indexes, ConfigurableListableBeanFactory beanFactory,
			boolean failOnMissingBean, BiConsumer<String, String> mistakes) {
		Set<Class<?>> beanTypes = ActionBeanCheck.beanTypes(beanFactory);
		ComponentScanReach scans = new ComponentScanReach(beanFactory);
		List<String> missing = new ArrayList<>();
		for (ClasspathIndexes.IndexFile index : indexes.files()) {
			for (String className : index.classes()) {
				if (!ClassUtils.isPresent(className, beanFactory.getBeanClassLoader())) {
					continue;
				}
				Class<?> type = ClassUtils.resolveClassName(className, beanFactory.getBeanClassLoader());
				// a bean's own class first (one lookup); the class files are read only for what is missing
				if (!beanTypes.contains(type) && beanTypes.stream().noneMatch(type::isAssignableFrom)
						&& scans.reaches(className)) {
					missing.add(className + " (" + String.join(" and ", index.describe(className)) + ")");
				}
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		String description = "Indexed by server-actions-processor but not a bean, so its route handler or actions "
				+ "would not exist: " + String.join(", ", missing) + ".";
		String action = "Annotate the class with @Component (@RouteHandler is one) and make sure component scanning "
				+ "reaches its package, or @Import it, or declare it as a @Bean. To start anyway, set "
				+ "server-actions.index.fail-on-missing-bean=false.";
		if (failOnMissingBean) {
			mistakes.accept(description, action);
		}
		else {
			logger.warn(description + " " + action);
		}
	}

}
