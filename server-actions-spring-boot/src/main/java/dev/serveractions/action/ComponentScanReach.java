package dev.serveractions.action;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScans;
import org.springframework.context.annotation.TypeFilterUtils;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Whether the component scans of a context reach a class: one of its {@code @ComponentScan}s
 * ({@code @SpringBootApplication}'s included) has a base package the class lies in, and with its
 * own filters and conditions would pick the class up were it annotated with {@code @Component}.
 * A class no scan reaches is left out of this context on purpose (a test slice's filter, a test's
 * own narrower application class), or imported, or declared by a {@code @Bean} method.
 */
final class ComponentScanReach {

	private final ConfigurableListableBeanFactory beanFactory;

	private @Nullable List<Scan> scans;

	ComponentScanReach(ConfigurableListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	boolean reaches(String className) {
		String pkg = ClassUtils.getPackageName(className);
		for (Scan scan : scans()) {
			if (scan.packages().stream().anyMatch((base) -> pkg.equals(base) || pkg.startsWith(base + "."))
					&& scan.picks(className)) {
				return true;
			}
		}
		return false;
	}

	private List<Scan> scans() {
		if (this.scans == null) {
			Environment environment = this.beanFactory.containsBean(ConfigurableApplicationContext.ENVIRONMENT_BEAN_NAME)
					? this.beanFactory.getBean(ConfigurableApplicationContext.ENVIRONMENT_BEAN_NAME, Environment.class)
					: new StandardEnvironment();
			List<Scan> scans = new ArrayList<>();
			for (String name : this.beanFactory.getBeanDefinitionNames()) {
				AnnotationMetadata metadata = metadata(this.beanFactory.getBeanDefinition(name));
				if (metadata != null) {
					for (AnnotationAttributes scan : metadata.getMergedRepeatableAnnotationAttributes(ComponentScan.class,
							ComponentScans.class, false)) {
						scans.add(new Scan(packages(scan, metadata.getClassName(), environment),
								scanner(scan, environment)));
					}
				}
			}
			this.scans = scans;
		}
		return this.scans;
	}

	/** The metadata of a configuration class (not of a {@code @Bean} method's result), as Spring read it. */
	private static @Nullable AnnotationMetadata metadata(BeanDefinition definition) {
		if (definition instanceof AnnotatedBeanDefinition annotated) {
			return (annotated.getFactoryMethodMetadata() == null) ? annotated.getMetadata() : null;
		}
		if (definition instanceof AbstractBeanDefinition plain && plain.hasBeanClass()
				&& plain.getFactoryMethodName() == null) {
			return AnnotationMetadata.introspect(plain.getBeanClass()); // AOT-processed: no annotated definitions
		}
		return null;
	}

	private static Set<String> packages(AnnotationAttributes scan, String declaringClass, Environment environment) {
		Set<String> packages = new LinkedHashSet<>();
		for (String value : scan.getStringArray("basePackages")) {
			packages.addAll(List.of(StringUtils.tokenizeToStringArray(environment.resolvePlaceholders(value),
					ConfigurableApplicationContext.CONFIG_LOCATION_DELIMITERS)));
		}
		for (Class<?> type : scan.getClassArray("basePackageClasses")) {
			packages.add(ClassUtils.getPackageName(type));
		}
		if (packages.isEmpty()) {
			packages.add(ClassUtils.getPackageName(declaringClass));
		}
		return packages;
	}

	/** A scanner with the scan's filters that, with its default filters on, takes a class without @Component too. */
	private Scanner scanner(AnnotationAttributes scan, Environment environment) {
		ResourceLoader resources = new DefaultResourceLoader(this.beanFactory.getBeanClassLoader());
		BeanDefinitionRegistry registry = (this.beanFactory instanceof BeanDefinitionRegistry bdr) ? bdr : null;
		Scanner scanner = new Scanner(environment, registry);
		scanner.setResourceLoader(resources);
		if (scan.getBoolean("useDefaultFilters")) {
			scanner.addIncludeFilter((reader, readers) -> true);
		}
		else {
			for (AnnotationAttributes filter : scan.getAnnotationArray("includeFilters")) {
				TypeFilterUtils.createTypeFiltersFor(filter, environment, resources, registry)
					.forEach(scanner::addIncludeFilter);
			}
		}
		for (AnnotationAttributes filter : scan.getAnnotationArray("excludeFilters")) {
			TypeFilterUtils.createTypeFiltersFor(filter, environment, resources, registry)
				.forEach(scanner::addExcludeFilter);
		}
		return scanner;
	}

	private record Scan(Set<String> packages, Scanner scanner) {

		boolean picks(String className) {
			return this.scanner.picks(className);
		}

	}

	private static final class Scanner extends ClassPathScanningCandidateComponentProvider {

		private final @Nullable BeanDefinitionRegistry registry;

		Scanner(Environment environment, @Nullable BeanDefinitionRegistry registry) {
			super(false, environment);
			this.registry = registry;
		}

		@Override
		protected @Nullable BeanDefinitionRegistry getRegistry() {
			return this.registry;
		}

		boolean picks(String className) {
			try {
				return isCandidateComponent(getMetadataReaderFactory().getMetadataReader(className));
			}
			catch (IOException | RuntimeException ex) {
				return true; // unreadable, or a condition that needs more than this: check it as before
			}
		}

	}

}
