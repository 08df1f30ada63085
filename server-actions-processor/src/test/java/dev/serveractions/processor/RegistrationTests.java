package dev.serveractions.processor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

import javax.annotation.processing.Processor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationTests {

	@Test
	void javacFindsTheProcessorThroughMetaInfServices() {
		assertThat(ServiceLoader.load(Processor.class)).hasAtLeastOneElementOfType(ServerActionsProcessor.class);
	}

	@Test
	void gradleKnowsTheProcessorAsAggregating() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
				.isEqualTo(ServerActionsProcessor.class.getName() + ",aggregating");
		}
	}

	@Test
	void theTemplateOptionIsDeclaredSoJavacDoesNotWarnAboutIt() {
		assertThat(new ServerActionsProcessor().getSupportedOptions()).containsExactly("serveractions.templates");
	}

}
