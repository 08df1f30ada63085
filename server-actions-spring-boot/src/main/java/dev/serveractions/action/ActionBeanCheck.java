package dev.serveractions.action;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * Fails startup when a class of the application's packages declares {@link ServerAction}
 * methods but is not a bean: its actions would otherwise be silently missing, and every form
 * posting to them out of date. Classes that the application's component scanning leaves out on
 * purpose (a test slice's {@code TypeExcludeFilter}) are not reported. Reads class files only,
 * once at startup, and only when the application's classes have no index from
 * {@code server-actions-processor} (then {@link IndexedBeansCheck} does this job from the index);
 * with Spring AOT once at build time.
 */
final class ActionBeanCheck implements SmartInitializingSingleton {

	static final String ACTION = "Annotate the class with @Component (or declare it as a @Bean), "
			+ "and make sure component scanning reaches its package.";

	private final ConfigurableListableBeanFactory beanFactory;

	private final BiConsumer<String, String> mistakes;

	/**
	 * @param beanFactory the application's beans
	 * @param mistakes where each class without a bean is reported, as a description and an action
	 */
	ActionBeanCheck(ConfigurableListableBeanFactory beanFactory, BiConsumer<String, String> mistakes) {
		this.beanFactory = beanFactory;
		this.mistakes = mistakes;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// in an AOT-processed application the check ran at build time (ActionBeanCheckAotProcessor)
		if (AotDetector.useGeneratedArtifacts() || !AutoConfigurationPackages.has(this.beanFactory)
				|| ClasspathIndexes.coverAll(AutoConfigurationPackages.get(this.beanFactory),
						this.beanFactory.getBeanClassLoader())) {
			return; // the processor's index of the application's classes replaces the scan: IndexedBeansCheck
		}
		Set<Class<?>> beanTypes = beanTypes(this.beanFactory);
		for (String candidate : new TreeSet<>(declaringClasses())) {
			if (beanTypes.stream().noneMatch((type) -> isOrExtends(type, candidate))) {
				this.mistakes.accept("@ServerAction methods in " + candidate + ", but no bean of that class: "
						+ "its actions would not exist.", ACTION);
			}
		}
	}

	/** The (user) classes of every bean definition. */
	static Set<Class<?>> beanTypes(ConfigurableListableBeanFactory beanFactory) {
		Set<Class<?>> beanTypes = new HashSet<>();
		for (String name : beanFactory.getBeanDefinitionNames()) {
			Class<?> type = beanFactory.getType(name, false);
			if (type != null) {
				beanTypes.add(ClassUtils.getUserClass(type));
			}
		}
		return beanTypes;
	}

	private boolean isOrExtends(Class<?> type, String className) {
		if (type.getName().equals(className)) {
			return true;
		}
		Class<?> declaring = ClassUtils.resolveClassName(className, this.beanFactory.getBeanClassLoader());
		return declaring.isAssignableFrom(type);
	}

	private Set<String> declaringClasses() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isConcrete();
			}
		};
		scanner.setResourceLoader(new DefaultResourceLoader(this.beanFactory.getBeanClassLoader()));
		scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata()
			.hasAnnotatedMethods(ServerAction.class.getName()));
		// what the application's component scanning leaves out on purpose (a @WebMvcTest slice)
		TypeExcludeFilter excluded = new TypeExcludeFilter();
		excluded.setBeanFactory(this.beanFactory);
		scanner.addExcludeFilter(excluded);
		Set<String> classes = new HashSet<>();
		for (String base : AutoConfigurationPackages.get(this.beanFactory)) {
			for (BeanDefinition definition : scanner.findCandidateComponents(base)) {
				classes.add(definition.getBeanClassName());
			}
		}
		return classes;
	}

}
