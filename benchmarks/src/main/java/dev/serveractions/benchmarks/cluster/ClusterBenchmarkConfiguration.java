package dev.serveractions.benchmarks.cluster;

import dev.serveractions.cache.CaffeineCacheStore;
import dev.serveractions.revalidation.RevalidationProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On the receiving instance of the latency benchmark only: the store that records when
 * revalidations arrive.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("benchmark.cluster.record-receipts")
class ClusterBenchmarkConfiguration {

	@Bean
	ReceiptRecordingCacheStore receiptRecordingCacheStore(RevalidationProperties properties) {
		return new ReceiptRecordingCacheStore(new CaffeineCacheStore(properties.getMaxSize().toBytes()));
	}

}
