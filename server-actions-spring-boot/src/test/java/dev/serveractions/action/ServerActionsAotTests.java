package dev.serveractions.action;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import dev.serveractions.action.strayapp.StrayApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.SpringProperties;
import org.springframework.javapoet.ClassName;
import org.springframework.samples.aotshape.Visit;
import org.springframework.samples.aotshape.VisitActions;
import org.springframework.samples.aotshape.VisitForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Server actions under Spring AOT: the startup check at build time, and native-image hints. */
class ServerActionsAotTests {

	@AfterEach
	void leaveAotModeOff() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
	}

	@Test
	void aClassWithActionsThatIsNotABeanFailsTheAotProcessingNamingIt() {
		GenericApplicationContext context = strayApplication();
		assertThatThrownBy(() -> new ApplicationContextAotGenerator().processAheadOfTime(context, generationContext()))
			.hasRootCauseInstanceOf(IllegalStateException.class)
			.hasMessageContaining("StrayApplication$ForgottenActions")
			.hasMessageContaining("Annotate the class with @Component");
	}

	@Test
	void anAotProcessedApplicationDoesNotScanItsClassesAgainAtStartup() {
		GenericApplicationContext context = strayApplication();
		List<String> mistakes = new ArrayList<>();
		ActionBeanCheck check = new ActionBeanCheck(context.getBeanFactory(),
				(description, action) -> mistakes.add(description));
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
		check.afterSingletonsInstantiated();
		assertThat(mistakes).isEmpty();
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
		check.afterSingletonsInstantiated();
		assertThat(mistakes).singleElement().asString().contains("ForgottenActions");
	}

	@Test
	void anApplicationUnderOrgSpringframeworkGetsHintsForItsActionsAndTheirForms() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		beanFactory.registerBeanDefinition("visitActions", new RootBeanDefinition(VisitActions.class));
		BeanRegistrationAotContribution contribution = new ServerActionAotProcessor()
			.processAheadOfTime(RegisteredBean.of(beanFactory, "visitActions"));
		assertThat(contribution).isNotNull();
		DefaultGenerationContext generation = generationContext();
		contribution.applyTo(generation, null);
		RuntimeHints hints = generation.getRuntimeHints();
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(VisitActions.class, "book")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(VisitForm.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Visit.class)).accepts(hints);
	}

	@Test
	void aBoundTypeConvertedByItsFactoryMethodCanBeConvertedInANativeImage() {
		RuntimeHints hints = new RuntimeHints();
		BoundConversionHints.register(hints.reflection(), Sku.class);
		BoundConversionHints.register(hints.reflection(), YearMonth.class);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Sku.class, "of")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(YearMonth.class)).rejects(hints);
	}

	@Test
	void theClientRuntimeScriptIsAResourceOfTheNativeImage() {
		RuntimeHints hints = new RuntimeHints();
		new ServerActionsRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/server-actions/runtime.js")).accepts(hints);
		assertThat(getClass().getClassLoader().getResource(ServerActionsRuntimeHints.RUNTIME_SCRIPT)).isNotNull();
	}

	private static GenericApplicationContext strayApplication() {
		GenericApplicationContext context = new GenericApplicationContext();
		AutoConfigurationPackages.register(context, StrayApplication.class.getPackageName());
		context.registerBeanDefinition("serverActionBeanCheck", new RootBeanDefinition(ActionBeanCheck.class));
		return context;
	}

	private static DefaultGenerationContext generationContext() {
		return new DefaultGenerationContext(new ClassNameGenerator(ClassName.get(ServerActionsAotTests.class)),
				new InMemoryGeneratedFiles());
	}

	/** A value type that Spring converts from a string with its {@code of} method. */
	record Sku(String code) {

		public static Sku of(String code) {
			return new Sku(code);
		}

	}

}
