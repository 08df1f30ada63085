package dev.serveractions.revalidation;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.serveractions.cache.CacheEntry;
import dev.serveractions.cache.CacheStore;
import dev.serveractions.cache.CacheVariant;
import dev.serveractions.cache.CaffeineCacheStore;
import dev.serveractions.thymeleaf.CacheDialect;
import dev.serveractions.thymeleaf.ThymeleafDialectsAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import static org.assertj.core.api.Assertions.assertThat;

class RevalidationAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RevalidationAutoConfiguration.class,
				ThymeleafDialectsAutoConfiguration.class));

	@Test
	void aServletApplicationGetsTheServiceTheResponseCacheAndTheFragmentCacheDialect() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(RevalidationService.class)
				.hasSingleBean(ResponseCacheFilter.class)
				.hasSingleBean(RevalidatesHandler.class)
				.hasSingleBean(CacheDialect.class);
			assertThat(context).getBean(CacheStore.class).isInstanceOf(CaffeineCacheStore.class);
		});
	}

	@Test
	void backsOffWithoutCaffeine() {
		this.runner.withClassLoader(new FilteredClassLoader(Caffeine.class))
			.run((context) -> assertThat(context).doesNotHaveBean(RevalidationService.class)
				.doesNotHaveBean(CacheStore.class)
				.doesNotHaveBean(ResponseCacheFilter.class));
	}

	@Test
	void withoutThymeleafEverythingButTheFragmentCacheDialectIsThere() {
		this.runner.withClassLoader(new FilteredClassLoader("org.thymeleaf"))
			.run((context) -> assertThat(context).hasSingleBean(RevalidationService.class)
				.hasSingleBean(ResponseCacheFilter.class)
				.doesNotHaveBean(CacheDialect.class));
	}

	@Test
	void backsOffOutsideAServletApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RevalidationAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(RevalidationService.class));
	}

	@Test
	void aCacheStoreOfTheApplicationReplacesTheCaffeineStore() {
		this.runner.withUserConfiguration(UserStore.class).run((context) -> {
			assertThat(context).hasSingleBean(CacheStore.class);
			assertThat(context.getBean(CacheStore.class)).isSameAs(context.getBean(UserStore.class).store);
			context.getBean(RevalidationService.class).revalidateTag("todos");
			assertThat(context.getBean(UserStore.class).store.removed).containsExactly(List.of("todos"));
		});
	}

	@Test
	void propertiesBindAndReachTheCache() {
		this.runner
			.withPropertyValues("server-actions.cache.max-size=1MB", "server-actions.cache.variant-headers=X-Tenant",
					"server-actions.cache.render-wait=5s")
			.run((context) -> {
				RevalidationProperties properties = context.getBean(RevalidationProperties.class);
				assertThat(properties.getMaxSize()).isEqualTo(DataSize.ofMegabytes(1));
				assertThat(properties.getVariantHeaders()).containsExactly("X-Tenant");
				assertThat(properties.getRenderWait()).isEqualTo(Duration.ofSeconds(5));
				MockHttpServletRequest request = new MockHttpServletRequest("GET", "/todos");
				request.addHeader("X-Tenant", "acme");
				request.addHeader("Accept", "text/html");
				assertThat(context.getBean(CacheKeys.class).responseBase(request, false)).contains("X-Tenant: acme")
					.doesNotContain("text/html");
			});
	}

	@Test
	void theDefaultsAreThoseOfTheProperties() {
		this.runner.run((context) -> {
			RevalidationProperties properties = context.getBean(RevalidationProperties.class);
			assertThat(properties.getMaxSize()).isEqualTo(DataSize.ofMegabytes(64));
			assertThat(properties.getVariantHeaders()).containsExactly("Accept", "HX-Request");
			assertThat(properties.getRenderWait()).isEqualTo(Duration.ofSeconds(30));
		});
	}

	@Test
	void cacheVariantsOfTheApplicationArePartOfEveryKey() {
		this.runner.withBean(CacheVariant.class, () -> (request) -> "tenant-7").run((context) -> {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/todos");
			assertThat(context.getBean(CacheKeys.class).responseBase(request, false)).endsWith("variant: tenant-7");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserStore {

		final RecordingStore store = new RecordingStore();

		@Bean
		CacheStore userCacheStore() {
			return this.store;
		}

	}

	static class RecordingStore implements CacheStore {

		final List<List<String>> removed = new java.util.ArrayList<>();

		@Override
		public CacheEntry get(String key) {
			return null;
		}

		@Override
		public void put(CacheEntry entry) {
		}

		@Override
		public void remove(String key, CacheEntry entry) {
		}

		@Override
		public int removeTagged(java.util.Collection<String> tags) {
			this.removed.add(List.copyOf(tags));
			return 0;
		}

		@Override
		public int countTagged(java.util.Collection<String> tags) {
			return 0;
		}

		@Override
		public void clear() {
		}

	}

	@Test
	void aRevalidatesVariableThatTheHandlersMappingLacksFailsTheStartNamingTheMethod() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
					HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
					WebMvcAutoConfiguration.class, RevalidationAutoConfiguration.class))
			.withBean(Misspelled.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("@Revalidates on " + Misspelled.class.getName() + ".edit() uses {ownerID}, "
						+ "but its mapping \"/owners/{ownerId}/edit\" has no such path variable.")
				.hasMessageContaining("Use a path variable of the mapping: {ownerId}.")
				.hasMessageNotContaining("view()"));
	}

	@Controller
	static class Misspelled {

		@PostMapping("/owners/{ownerId}/edit")
		@Revalidates(paths = "/owners/{ownerID}")
		String edit(@PathVariable String ownerId) {
			return "redirect:/owners/" + ownerId;
		}

		@GetMapping("/owners/{ownerId:\\d+}/visits/{*rest}")
		@Revalidates(paths = "/owners/{ownerId}", tags = "visits:{rest}")
		String view(@PathVariable String ownerId) {
			return "visits";
		}

	}

}
