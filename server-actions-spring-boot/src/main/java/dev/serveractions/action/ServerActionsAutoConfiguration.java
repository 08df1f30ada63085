package dev.serveractions.action;

import java.time.Duration;
import java.util.List;

import dev.serveractions.cache.CacheVariant;
import dev.serveractions.diagnostics.StartupMistakes;
import dev.serveractions.revalidation.RevalidatesHandler;
import io.micrometer.observation.ObservationFilter;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.http.CacheControl;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerAdapter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * {@link ServerAction server actions} in a Spring MVC application: the registry of actions, the
 * handler mapping and adapter that run them, their exception resolvers and the client runtime's
 * resource, configured by {@link ServerActionsProperties} ({@code server-actions.*}).
 *
 * <pre class="code">
 * server-actions.secret=${SERVER_ACTIONS_SECRET}
 * </pre>
 *
 * @since 0.1
 */
@AutoConfiguration(afterName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(ServerActionsProperties.class)
@Import(StartupMistakes.class)
public final class ServerActionsAutoConfiguration {


	@Bean
	static ActionRegistry serverActions(ConfigurableListableBeanFactory beanFactory,
			ServerActionsProperties properties, ObjectProvider<ConversionService> conversionService,
			StartupMistakes mistakes) {
		String secret = properties.getSecret();
		if (Keyring.isTooShort(secret)) {
			// reported with the other mistakes of this start, which go on to be found with a development key
			mistakes.add("server-actions.secret must be at least " + Keyring.MIN_SECRET_BYTES + " bytes long: it is "
					+ "an HMAC-SHA256 key, and a short one can be guessed.",
					"Set server-actions.secret to a longer secret. Generate one with: openssl rand -base64 32");
			secret = null;
		}
		return new ActionRegistry(beanFactory, new Keyring(secret, properties.getPreviousSecrets()),
				conversionService.getIfUnique(DefaultFormattingConversionService::new), mistakes::add);
	}

	@Bean
	static ActionBeanCheck serverActionBeanCheck(ConfigurableListableBeanFactory beanFactory,
			StartupMistakes mistakes) {
		return new ActionBeanCheck(beanFactory, mistakes::add);
	}

	@Bean
	static IndexedBeansCheck serverActionIndexCheck(ConfigurableListableBeanFactory beanFactory,
			ActionRegistry serverActions, ServerActionsProperties properties, StartupMistakes mistakes) {
		return new IndexedBeansCheck(beanFactory, serverActions, properties.getIndex().isFailOnMissingBean(),
				mistakes::add);
	}

	@Bean
	static ActionHandlerMapping serverActionHandlerMapping(ActionRegistry serverActions,
			ServerActionsProperties properties, ObjectProvider<HandlerMapping> mappings, Environment environment) {
		return new ActionHandlerMapping(serverActions, new ActionRequestChecks(properties.getAllowedOrigins(),
				properties.getMaxBodySize().toBytes(), isBehindProxy(environment)), mappings);
	}

	/** As Spring Boot decides whether to apply forwarded headers: the property, else the cloud platform. */
	static boolean isBehindProxy(Environment environment) {
		String strategy = environment.getProperty("server.forward-headers-strategy");
		if (strategy != null) {
			return !"none".equalsIgnoreCase(strategy.strip());
		}
		CloudPlatform platform = CloudPlatform.getActive(environment);
		return platform != null && platform.isUsingForwardHeaders();
	}

	@Bean
	static ActionResponses serverActionResponses(MessageSource messageSource,
			ObjectProvider<RequestMappingHandlerAdapter> adapter) {
		return new ActionResponses(messageSource, SingletonSupplier.of(() -> adapter.getObject().getMessageConverters()));
	}

	@Bean
	static RedirectViewResolver serverActionRedirectViewResolver() {
		return new RedirectViewResolver();
	}

	@Bean
	static ActionAnswers serverActionAnswers(ObjectProvider<HandlerAdapter> adapters,
			ObjectProvider<ViewResolver> viewResolvers, ActionResponses responses) {
		return new ActionAnswers(adapters, viewResolvers, responses);
	}

	@Bean
	static ActionHandlerAdapter serverActionHandlerAdapter(ApplicationContext context,
			ObjectProvider<RequestMappingHandlerAdapter> adapter, ActionAnswers answers,
			ObjectProvider<RevalidatesHandler> revalidates, ObjectProvider<ObservationRegistry> observations,
			RefusedRequests refused) {
		return new ActionHandlerAdapter(new ActionInvoker(adapter, context), answers,
				new ActionRevalidation(revalidates), observations.getIfUnique(() -> ObservationRegistry.NOOP), refused);
	}

	@Bean
	static RefusedRequests serverActionRefusedRequests() {
		return new RefusedRequests();
	}

	@Bean
	static ObservationFilter serverActionRequestObservationFilter() {
		return new ActionRequestObservationFilter();
	}

	@Bean
	static MalformedMultipartResolver serverActionMalformedMultipartResolver(ActionResponses responses,
			RefusedRequests refused) {
		return new MalformedMultipartResolver(responses, refused);
	}

	@Bean
	static FilterRegistrationBean<CommittedActionFilter> serverActionCommittedFilter() {
		FilterRegistrationBean<CommittedActionFilter> registration = new FilterRegistrationBean<>(
				new CommittedActionFilter());
		registration.setName("serverActionCommittedFilter");
		return registration;
	}

	/**
	 * Cached pages and fragments are kept per keyring version, so cached HTML never posts to
	 * ids or signatures that no longer verify.
	 */
	@Bean
	SignedValues serverActionsSignedValues(ActionRegistry serverActions) {
		return new KeyringSignedValues(serverActions.keyring());
	}

	@Bean
	CacheVariant serverActionsKeyringVariant(ActionRegistry serverActions) {
		String version = serverActions.keyring().version();
		return (request) -> version;
	}

	@Bean
	WebMvcConfigurer serverActionWebMvcConfigurer(ObjectProvider<ActionAnswers> answers, RefusedRequests refused) {
		return new WebMvcConfigurer() {
			@Override
			public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
				// the application's @ExceptionHandlers and @ResponseStatus first, Spring's defaults
				// for its own exceptions after ours, and for what nothing handled, the generic answer
				int defaults = resolvers.size();
				for (int i = 0; i < resolvers.size(); i++) {
					if (resolvers.get(i) instanceof DefaultHandlerExceptionResolver) {
						defaults = i;
						break;
					}
				}
				resolvers.add(defaults, new StandardProblemResolver(answers, refused));
				resolvers.add(new UnhandledFailureResolver(answers));
			}

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new BoundArgumentResolver());
			}

			@Override
			public void addResourceHandlers(ResourceHandlerRegistry registry) {
				// the script tag carries a content version, so the file may be cached for good
				registry.addResourceHandler("/_sa/**")
					.addResourceLocations("classpath:/META-INF/server-actions/")
					.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
			}
		};
	}

}
