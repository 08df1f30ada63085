package dev.serveractions.route;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

class RouteHandlerStartupTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
				WebMvcAutoConfiguration.class, RouteHandlerAutoConfiguration.class));

	@Test
	void routeHandlersAreRegisteredAsRequestMappings() {
		this.runner.withUserConfiguration(OneRoute.class).run((context) -> {
			assertThat(context).hasNotFailed();
			RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
					RequestMappingHandlerMapping.class);
			assertThat(mapping.getHandlerMethods().keySet()).extracting(Object::toString)
				.contains("{GET [/same]}", "{OPTIONS [/same]}");
		});
	}

	@Test
	void twoRouteHandlersOnTheSamePathAndVerbFailNamingBoth() {
		this.runner.withUserConfiguration(OneRoute.class, SameRoute.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining(OneRoute.class.getName())
				.hasMessageContaining(SameRoute.class.getName());
		});
	}

	@Test
	void aRouteHandlerAndARestControllerOnTheSamePathAndVerbFailNamingBoth() {
		this.runner.withUserConfiguration(OneRoute.class, SameController.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining(OneRoute.class.getName())
				.hasMessageContaining(SameController.class.getName());
		});
	}

	@Test
	void aRouteHandlerWithoutVerbMethodsFailsSayingWhatToAdd() {
		this.runner.withUserConfiguration(NoVerbs.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining(NoVerbs.class.getName())
				.hasMessageContaining("no public method named after an HTTP verb");
		});
	}

	@Test
	void anInvalidPathTemplateFailsNamingTheClass() {
		this.runner.withUserConfiguration(BadTemplate.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("invalid path template \"/bad/{oops\"")
				.hasStackTraceContaining(BadTemplate.class.getName());
		});
	}

	@Test
	void twoRouteHandlersOnOnePathWithDifferentVerbsFailNamingBothAndTheFix() {
		this.runner.withUserConfiguration(OneRoute.class, PostOnSame.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining(OneRoute.class.getName())
				.hasMessageContaining(PostOnSame.class.getName())
				.hasMessageContaining("one path has one route handler");
		});
	}

	@Test
	void twoRouteHandlersOnOnePathSpelledWithOtherVariableNamesFailNamingBoth() {
		this.runner.withUserConfiguration(ThingById.class, ThingByKey.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining(ThingById.class.getName())
				.hasMessageContaining(ThingByKey.class.getName());
		});
	}

	@Test
	void aVerbMethodThatIsNotPublicFailsSayingToMakeItPublic() {
		this.runner.withUserConfiguration(HiddenPost.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining(HiddenPost.class.getName())
				.hasMessageContaining("post(java.lang.String)")
				.hasMessageContaining("that is package-private")
				.hasMessageContaining("Make post() public");
		});
	}

	@Test
	void aGetMappingInsideARouteHandlerFailsSayingToRemoveIt() {
		this.runner.withUserConfiguration(AnnotatedRoute.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining(AnnotatedRoute.class.getName())
				.hasMessageContaining("list()")
				.hasMessageContaining("Remove the annotation");
		});
	}

	@Test
	void aPathWithoutALeadingSlashFailsShowingThePathToWrite() {
		this.runner.withUserConfiguration(NoSlash.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining(NoSlash.class.getName())
				.hasMessageContaining("@RouteHandler(\"/items\")");
		});
	}

	@RouteHandler("/same")
	static class PostOnSame {

		public String post() {
			return "posted";
		}

	}

	@RouteHandler("/things/{id}")
	static class ThingById {

		public String get(String id) {
			return id;
		}

	}

	@RouteHandler("/things/{key}")
	static class ThingByKey {

		public String delete(String key) {
			return key;
		}

	}

	@RouteHandler("/hidden")
	static class HiddenPost {

		public String get() {
			return "visible";
		}

		String post(String body) {
			return body;
		}

	}

	@RouteHandler("/annotated")
	static class AnnotatedRoute {

		public String get() {
			return "by name";
		}

		@GetMapping("/annotated/list")
		public String list() {
			return "by annotation";
		}

	}

	@RouteHandler("items")
	static class NoSlash {

		public String get() {
			return "items";
		}

	}

	@RouteHandler("/same")
	static class OneRoute {

		public String get() {
			return "one";
		}

	}

	@RouteHandler("/same")
	static class SameRoute {

		public String get() {
			return "same";
		}

	}

	@RestController
	static class SameController {

		@GetMapping("/same")
		public String same() {
			return "controller";
		}

	}

	@RouteHandler("/none")
	static class NoVerbs {

		public String fetch() {
			return "none";
		}

	}

	@RouteHandler("/bad/{oops")
	static class BadTemplate {

		public String get() {
			return "bad";
		}

	}

}
