package dev.serveractions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration metadata ({@code META-INF/spring-autoconfigure-metadata.properties},
 * written by Spring Boot's auto-configure processor): with it Spring Boot filters out an
 * auto-configuration whose classes are missing (Actuator's, Micrometer's) and orders the others
 * without reading their class files at startup.
 */
class AutoConfigurationMetadataTests {

	@Test
	void everyAutoConfigurationHasItsClassConditionsAndOrderInTheMetadataSpringBootReadsAtStartup() throws Exception {
		Properties metadata = new Properties();
		try (InputStream in = new ClassPathResource("META-INF/spring-autoconfigure-metadata.properties",
				AutoConfigurationMetadataTests.class.getClassLoader())
			.getInputStream()) {
			metadata.load(in);
		}
		List<String> autoConfigurations = read(
				"META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports").lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		assertThat(autoConfigurations).hasSizeGreaterThanOrEqualTo(7);
		for (String name : autoConfigurations) {
			Class<?> type = ClassUtils.forName(name, AutoConfigurationMetadataTests.class.getClassLoader());
			assertThat(metadata).as(name + " is in the metadata").containsKey(name);
			ConditionalOnClass onClass = type.getAnnotation(ConditionalOnClass.class);
			if (onClass != null) {
				Set<String> required = new TreeSet<>(Arrays.asList(onClass.name()));
				Arrays.stream(onClass.value()).map(Class::getName).forEach(required::add);
				assertThat(names(metadata, name + ".ConditionalOnClass")).as(name + "'s class condition")
					.isEqualTo(required);
			}
			AutoConfiguration order = type.getAnnotation(AutoConfiguration.class);
			Set<String> after = new TreeSet<>(Arrays.asList(order.afterName()));
			Arrays.stream(order.after()).map(Class::getName).forEach(after::add);
			assertThat(names(metadata, name + ".AutoConfigureAfter")).as(name + " comes after").isEqualTo(after);
		}
	}

	private static Set<String> names(Properties metadata, String key) {
		return new TreeSet<>(StringUtils.commaDelimitedListToSet(metadata.getProperty(key, "")));
	}

	private static String read(String location) throws IOException {
		try (InputStream in = new ClassPathResource(location, AutoConfigurationMetadataTests.class.getClassLoader())
			.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
