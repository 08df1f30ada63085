package dev.serveractions.thymeleaf;

import dev.serveractions.revalidation.CacheVariant;
import dev.serveractions.revalidation.FormFieldPlaceholders;
import dev.serveractions.revalidation.RenderCache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@link CacheDialect}; imported by the auto-configuration when Thymeleaf is
 * present.
 */
@Configuration(proxyBeanMethods = false)
public class FragmentCacheConfiguration {

	@Bean
	CacheDialect serverActionsCacheDialect(RenderCache renderCache, FormFieldPlaceholders placeholders,
			ObjectProvider<CacheVariant> variants) {
		return new CacheDialect(renderCache, placeholders, variants.orderedStream().toList());
	}

}
