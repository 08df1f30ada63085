package dev.serveractions.route.secured;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** Every path open to anyone; the route handlers and the controller decide with method security. */
@SpringBootApplication
@EnableWebSecurity
@EnableMethodSecurity
public class SecuredApplication {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	UserDetailsService users() {
		return new InMemoryUserDetailsManager(User.withUsername("ada").password("{noop}lovelace").roles("USER").build(),
				User.withUsername("root").password("{noop}toor").roles("ADMIN").build());
	}

	/** Where Spring Boot's security auto-configuration would put the filter chain. */
	@Bean
	FilterRegistrationBean<Filter> securityFilterRegistration(@Qualifier("springSecurityFilterChain") Filter chain) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(chain);
		registration.setOrder(-100);
		return registration;
	}

}
