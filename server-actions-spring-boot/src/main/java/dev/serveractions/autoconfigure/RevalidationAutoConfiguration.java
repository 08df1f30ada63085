package dev.serveractions.autoconfigure;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.serveractions.revalidation.CacheStore;
import dev.serveractions.revalidation.CaffeineCacheStore;
import dev.serveractions.revalidation.RevalidationConfiguration;
import dev.serveractions.revalidation.ResponseCacheSettings;
import dev.serveractions.thymeleaf.FragmentCacheConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * {@link dev.serveractions.revalidation.RevalidationService revalidation}, the
 * {@link dev.serveractions.revalidation.CachedResponse response cache} and, with Thymeleaf, the
 * {@code sa:cache} fragment cache.
 */
@AutoConfiguration(afterName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
		beforeName = "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, Caffeine.class })
@EnableConfigurationProperties(RevalidationProperties.class)
@Import(RevalidationConfiguration.class)
public final class RevalidationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CacheStore revalidationCacheStore(RevalidationProperties properties) {
		return new CaffeineCacheStore(properties.getMaxSize().toBytes());
	}

	@Bean
	@ConditionalOnMissingBean
	ResponseCacheSettings responseCacheSettings(RevalidationProperties properties) {
		return new ResponseCacheSettings(properties.getVariantHeaders(), properties.getRenderWait());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.thymeleaf.spring6.SpringTemplateEngine")
	@Import(FragmentCacheConfiguration.class)
	static class FragmentCache {

	}

}
