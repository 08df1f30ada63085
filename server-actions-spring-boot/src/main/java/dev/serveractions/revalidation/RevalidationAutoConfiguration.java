package dev.serveractions.revalidation;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.serveractions.cache.CacheStore;
import dev.serveractions.cache.CacheVariant;
import dev.serveractions.cache.CaffeineCacheStore;
import dev.serveractions.diagnostics.StartupMistakes;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * {@link RevalidationService revalidation}, the {@link CachedResponse response cache},
 * {@link Revalidates @Revalidates} and, with Thymeleaf, the {@code sa:cache} fragment cache. Backs
 * off without Caffeine on the classpath; a {@link CacheStore} bean of the application replaces
 * the in-process store. Exclude it to switch all of this off:
 *
 * <pre class="code">
 * &#64;SpringBootApplication(exclude = RevalidationAutoConfiguration.class)
 * </pre>
 *
 * @since 0.1
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
		"dev.serveractions.route.RouteHandlerAutoConfiguration" },
		beforeName = "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, Caffeine.class })
@EnableConfigurationProperties(RevalidationProperties.class)
@Import(StartupMistakes.class)
public final class RevalidationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CacheStore revalidationCacheStore(RevalidationProperties properties) {
		return new CaffeineCacheStore(properties.getMaxSize().toBytes());
	}

	@Bean
	static PlaceholderRequestDataValueProcessor.Wrapper revalidationRequestDataValueProcessorWrapper() {
		return new PlaceholderRequestDataValueProcessor.Wrapper();
	}

	@Bean
	static RevalidatingReturnValueHandler.Installer revalidatingReturnValueHandlerInstaller(
			ObjectProvider<RevalidatesHandler> revalidatesHandler) {
		return new RevalidatingReturnValueHandler.Installer(revalidatesHandler);
	}

	@Bean
	TagGenerations revalidationTagGenerations() {
		return new TagGenerations();
	}

	@Bean
	DefaultRevalidationService revalidationService(CacheStore cacheStore, TagGenerations generations,
			RevalidationProperties properties, ObjectProvider<RevalidationListener> listeners,
			ObjectProvider<ObservationRegistry> observations, ApplicationEventPublisher events) {
		DefaultRevalidationService service = new DefaultRevalidationService(cacheStore, generations,
				() -> listeners.orderedStream().toList(), observations.getIfUnique(() -> ObservationRegistry.NOOP),
				properties.getPurgeWindow());
		service.setEventPublisher(events);
		return service;
	}

	@Bean
	CacheLookups revalidationCacheLookups() {
		return new CacheLookups();
	}

	@Bean
	RenderCache revalidationRenderCache(CacheStore cacheStore, TagGenerations generations,
			RevalidationProperties properties, CacheLookups lookups) {
		return new RenderCache(cacheStore, generations, properties.getRenderWait(), lookups);
	}

	@Bean
	CacheKeys revalidationCacheKeys(RevalidationProperties properties, ObjectProvider<CacheVariant> variants) {
		return new CacheKeys(properties.getVariantHeaders(), variants.orderedStream().toList());
	}

	@Bean
	FormFieldPlaceholders revalidationFormFieldPlaceholders(
			@Qualifier(FormFieldPlaceholders.PROCESSOR_BEAN_NAME) ObjectProvider<RequestDataValueProcessor> processor) {
		return new FormFieldPlaceholders(processor);
	}

	@Bean
	FragmentCache revalidationFragmentCache(RenderCache renderCache, CacheKeys keys,
			FormFieldPlaceholders placeholders) {
		return new FragmentCache(renderCache, keys, placeholders);
	}

	@Bean
	ResponseCacheFilter responseCacheFilter(RenderCache renderCache, CacheKeys keys, CacheStore cacheStore,
			FormFieldPlaceholders placeholders, ObjectProvider<RequestMappingHandlerMapping> mappings) {
		return new ResponseCacheFilter(renderCache, keys, new KeyShapes(cacheStore), new CachePolicies(mappings),
				placeholders);
	}

	@Bean
	ResponseCacheInterceptor responseCacheInterceptor(RenderCache renderCache, CacheKeys keys, CacheStore cacheStore,
			FormFieldPlaceholders placeholders) {
		return new ResponseCacheInterceptor(renderCache, keys, new KeyShapes(cacheStore), new StaleRefresher(renderCache),
				placeholders);
	}

	@Bean
	static RevalidatesVariablesCheck revalidatesVariablesCheck(ObjectProvider<RequestMappingInfoHandlerMapping> mappings,
			StartupMistakes mistakes) {
		return new RevalidatesVariablesCheck(mappings, mistakes);
	}

	@Bean
	RevalidatesHandler revalidatesHandler(RevalidationService revalidationService) {
		return new RevalidatesHandler(revalidationService);
	}

	@Bean
	WebMvcConfigurer revalidatesWebMvcConfigurer(ObjectProvider<RevalidatesHandler> revalidatesHandler,
			ObjectProvider<ResponseCacheInterceptor> responseCache) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new RevalidatesAfterSuccess(revalidatesHandler));
				// last: a cached answer comes after every interceptor of the application
				HandlerInterceptor cached = new HandlerInterceptor() {
					@Override
					public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
							throws Exception {
						return responseCache.getObject().preHandle(request, response, handler);
					}

					@Override
					public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
							@Nullable ModelAndView modelAndView) {
						responseCache.getObject().postHandle(request, response, handler, modelAndView);
					}
				};
				registry.addInterceptor(cached).order(Ordered.LOWEST_PRECEDENCE);
			}
		};
	}

}
