package dev.serveractions.redis;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata IDEs show for {@code server-actions.cluster.*}, as the configuration
 * processor generates it into this module's {@code META-INF/spring-configuration-metadata.json}.
 */
class ConfigurationMetadataTests {

	@Test
	void everyClusterPropertyIsDescribedWithTheDefaultItReallyHas() throws Exception {
		ClusterProperties defaults = new ClusterProperties();
		Map<String, Object> expected = Map.of("server-actions.cluster.enabled", defaults.isEnabled(),
				"server-actions.cluster.channel", defaults.getChannel(), "server-actions.cluster.publish-timeout",
				defaults.getPublishTimeout(), "server-actions.cluster.health-timeout", defaults.getHealthTimeout());
		String metadata;
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<Map<String, Object>> properties = JsonPath.read(metadata, "$.properties");
		assertThat(properties).extracting((property) -> property.get("name"))
			.containsExactlyInAnyOrderElementsOf(expected.keySet());
		for (Map<String, Object> property : properties) {
			Object actual = expected.get(property.get("name"));
			assertThat(property.get("description")).as(property.get("name") + " has a description")
				.asString()
				.isNotBlank();
			assertThat(ApplicationConversionService.getSharedInstance()
				.convert(property.get("defaultValue"), actual.getClass())).as(property.get("name") + " default")
				.isEqualTo(actual);
		}
	}

}
