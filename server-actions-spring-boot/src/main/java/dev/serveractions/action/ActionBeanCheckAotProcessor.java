package dev.serveractions.action;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * Runs the {@link ActionBeanCheck} and the comparison with the processor's index
 * ({@link IndexedBeansCheck}) when Spring AOT processes the application
 * ({@code spring-boot:process-aot}), so that a class of actions that is not a bean fails the
 * build; the AOT-processed application then starts without scanning its classes (a native image
 * could not scan them). Registered in {@code META-INF/spring/aot.factories}.
 */
final class ActionBeanCheckAotProcessor implements BeanFactoryInitializationAotProcessor {

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		List<String> mistakes = new ArrayList<>();
		if (beanFactory.getBeanNamesForType(ActionBeanCheck.class, false, false).length > 0) {
			new ActionBeanCheck(beanFactory, (description, action) -> mistakes.add(description + " " + action))
				.afterSingletonsInstantiated();
		}
		if (beanFactory.getBeanNamesForType(IndexedBeansCheck.class, false, false).length > 0) {
			boolean fail = beanFactory.getBean(Environment.class)
				.getProperty("server-actions.index.fail-on-missing-bean", Boolean.class, true);
			IndexedBeansCheck.checkAtBuildTime(beanFactory, fail,
					(description, action) -> mistakes.add(description + " " + action));
		}
		if (!mistakes.isEmpty()) {
			throw new IllegalStateException(String.join("\n", mistakes));
		}
		return null;
	}

}
