package dev.serveractions.thymeleaf.cacheapp;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** Two users behind Spring Security, and a page with a cached fragment holding a form. */
@SpringBootApplication
@EnableWebSecurity
public class FragmentCacheTestApplication {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/public/**").permitAll().anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	UserDetailsService users() {
		return new InMemoryUserDetailsManager(
				User.withUsername("alice").password("{noop}alice-secret").roles("USER").build(),
				User.withUsername("bob").password("{noop}bob-secret").roles("USER").build());
	}

	/** Where Spring Boot's security auto-configuration would put the filter chain. */
	@Bean
	FilterRegistrationBean<Filter> securityFilterRegistration(@Qualifier("springSecurityFilterChain") Filter chain) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(chain);
		registration.setOrder(-100);
		return registration;
	}

}
