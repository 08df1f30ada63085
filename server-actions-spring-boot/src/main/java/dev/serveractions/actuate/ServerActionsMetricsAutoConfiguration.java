package dev.serveractions.actuate;

import dev.serveractions.cache.CacheStore;
import dev.serveractions.revalidation.CacheLookups;
import dev.serveractions.revalidation.RevalidationAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * the cache meters ({@code serveractions.cache.*}) and the count of revalidated entries
 * ({@code serveractions.revalidation.entries}): present with Micrometer on the classpath and
 * revalidation configured; Spring Boot binds them to every {@code MeterRegistry}.
 *
 * <pre class="code">
 * curl localhost:8080/actuator/metrics/serveractions.cache.gets?tag=result:hit
 * </pre>
 *
 * @since 0.1
 */
@AutoConfiguration(after = RevalidationAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(CacheLookups.class)
public final class ServerActionsMetricsAutoConfiguration {

	ServerActionsMetricsAutoConfiguration() {
	}

	@Bean
	CacheMeters serverActionsCacheMeters(CacheLookups lookups, ObjectProvider<CacheStore> store) {
		return new CacheMeters(lookups, store.getIfUnique());
	}

	@Bean
	RevalidationEntriesHandler serverActionsRevalidationEntriesHandler(ObjectProvider<MeterRegistry> registry) {
		return new RevalidationEntriesHandler(registry);
	}

}
