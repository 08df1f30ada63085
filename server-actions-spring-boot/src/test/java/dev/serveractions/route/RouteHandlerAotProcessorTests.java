package dev.serveractions.route;

import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.javapoet.ClassName;
import org.springframework.samples.aotshape.Visit;
import org.springframework.samples.aotshape.VisitRoute;

import static org.assertj.core.api.Assertions.assertThat;

/** Native-image hints of route handlers, whatever the package of the application. */
class RouteHandlerAotProcessorTests {

	@Test
	void aRouteHandlerUnderOrgSpringframeworkGetsItsVerbMethodsAndItsAnswersBindingHints() {
		RuntimeHints hints = hintsFor(VisitRoute.class);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(VisitRoute.class, "get")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Visit.class)).accepts(hints);
	}

	static RuntimeHints hintsFor(Class<?> type) {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		beanFactory.registerBeanDefinition("bean", new RootBeanDefinition(type));
		BeanRegistrationAotContribution contribution = new RouteHandlerAotProcessor()
			.processAheadOfTime(RegisteredBean.of(beanFactory, "bean"));
		assertThat(contribution).as("contribution for " + type.getName()).isNotNull();
		DefaultGenerationContext generation = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get(RouteHandlerAotProcessorTests.class)), new InMemoryGeneratedFiles());
		contribution.applyTo(generation, null);
		return generation.getRuntimeHints();
	}

}
