package dev.serveractions.revalidation;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Beans of the revalidation service and the response cache; imported by the
 * auto-configuration, which supplies the {@link CacheStore} and the
 * {@link ResponseCacheSettings}.
 */
@Configuration(proxyBeanMethods = false)
public class RevalidationConfiguration {

	@Bean
	static PlaceholderRequestDataValueProcessor.Wrapper revalidationRequestDataValueProcessorWrapper() {
		return new PlaceholderRequestDataValueProcessor.Wrapper();
	}

	@Bean
	TagGenerations revalidationTagGenerations() {
		return new TagGenerations();
	}

	@Bean
	RevalidationService revalidationService(CacheStore cacheStore, TagGenerations generations) {
		return new DefaultRevalidationService(cacheStore, generations);
	}

	@Bean
	RenderCache renderCache(CacheStore cacheStore, TagGenerations generations,
			ObjectProvider<ResponseCacheSettings> settings) {
		return new RenderCache(cacheStore, generations,
				settings.getIfAvailable(ResponseCacheSettings::defaults).renderWait());
	}

	@Bean
	FormFieldPlaceholders formFieldPlaceholders(BeanFactory beanFactory) {
		return new FormFieldPlaceholders(beanFactory);
	}

	@Bean
	ResponseCacheFilter responseCacheFilter(RenderCache renderCache, FormFieldPlaceholders placeholders,
			ObjectProvider<ResponseCacheSettings> settings, ObjectProvider<CacheVariant> variants,
			BeanFactory beanFactory) {
		return new ResponseCacheFilter(renderCache, new StaleRefresher(renderCache), placeholders,
				settings.getIfAvailable(ResponseCacheSettings::defaults), variants.orderedStream().toList(),
				beanFactory);
	}

	@Bean
	RevalidatesHandler revalidatesHandler(RevalidationService revalidationService) {
		return new RevalidatesHandler(revalidationService);
	}

	@Bean
	RevalidatesAfterSuccess revalidatesAfterSuccess(RevalidatesHandler revalidatesHandler) {
		return new RevalidatesAfterSuccess(revalidatesHandler);
	}

	@Bean
	WebMvcConfigurer revalidatesWebMvcConfigurer(RevalidatesAfterSuccess revalidatesAfterSuccess) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(revalidatesAfterSuccess);
			}
		};
	}

}
