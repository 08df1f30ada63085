package dev.serveractions.route.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** An application with route handlers of every shape the tests need. */
@SpringBootApplication
public class RouteTestApplication {

	@Bean
	WebMvcConfigurer interceptorConfigurer() {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new HandlerInterceptor() {
					@Override
					public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
							Object handler) {
						response.setHeader("X-Intercepted", "yes");
						return true;
					}
				}).addPathPatterns("/items/**");
			}
		};
	}

	/** Thrown by a route to show that the application's advice applies. */
	public static class TeapotException extends RuntimeException {

	}

	@RestControllerAdvice
	static class TeapotAdvice {

		@ExceptionHandler(TeapotException.class)
		ProblemDetail teapot() {
			return ProblemDetail.forStatusAndDetail(HttpStatus.I_AM_A_TEAPOT, "Short and stout.");
		}

	}

}
