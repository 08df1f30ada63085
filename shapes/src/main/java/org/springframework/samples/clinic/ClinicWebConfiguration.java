package org.springframework.samples.clinic;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A custom {@code WebMvcConfigurer} with a formatter, as real applications register theirs. */
@Configuration(proxyBeanMethods = false)
class ClinicWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatter(new PetTypeFormatter());
	}

}
