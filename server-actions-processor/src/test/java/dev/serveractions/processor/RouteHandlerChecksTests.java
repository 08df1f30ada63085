package dev.serveractions.processor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouteHandlerChecksTests {

	@Test
	void aRouteHandlerWithoutAPublicVerbMethodFailsAtItsAnnotation() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("/api/things")
				public class ThingsRoute {
					public String list() { return ""; }
				}
				""")).contains("Errors:\n- @RouteHandler com.example.ThingsRoute(\"/api/things\") has no public method named "
				+ "after an HTTP verb: add get(), post(), put(), patch(), delete(), head() or options() "
				+ "/com/example/ThingsRoute.java 5:1");
	}

	@Test
	void aVerbNamedMethodThatIsNotPublicFailsAtTheMethod() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("/api/things")
				public class ThingsRoute {
					public String get() { return ""; }
					void post(String body) { }
				}
				""")).contains("- @RouteHandler com.example.ThingsRoute has a method named after POST that is not a "
				+ "public instance method, so it would not be mapped: post(); make it public (and not static), "
				+ "or rename it /com/example/ThingsRoute.java 8:14");
	}

	@Test
	void twoPublicMethodsForOneVerbFailAtTheSecond() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("/api/things")
				public class ThingsRoute {
					public String get() { return ""; }
					public String get(String filter) { return ""; }
				}
				""")).contains("- @RouteHandler com.example.ThingsRoute has two methods for GET: get() and "
				+ "get(java.lang.String); keep one public method per verb /com/example/ThingsRoute.java 8:23");
	}

	@Test
	void aRequestMappingAnnotationInsideARouteHandlerFailsAtTheAnnotation() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.route.RouteHandler;
				import org.springframework.web.bind.annotation.GetMapping;

				@RouteHandler("/api/things")
				public class ThingsRoute {
					public String get() { return ""; }
					@GetMapping("/api/things/count")
					public int count() { return 0; }
				}
				""")).contains("- @RouteHandler com.example.ThingsRoute maps count() with @GetMapping: a route "
				+ "handler maps the methods named after a verb, on its own path; remove the annotation and name the "
				+ "method get(), post()..., or move it to a @RestController /com/example/ThingsRoute.java 9:9");
	}

	@Test
	void aRequestMappingOnTheClassFailsAtTheAnnotation() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.route.RouteHandler;
				import org.springframework.web.bind.annotation.RequestMapping;

				@RouteHandler("/api/things")
				@RequestMapping("/api")
				public class ThingsRoute {
					public String get() { return ""; }
				}
				""")).contains("- @RouteHandler com.example.ThingsRoute carries @RequestMapping: a route handler's "
				+ "path is the @RouteHandler value; remove @RequestMapping /com/example/ThingsRoute.java 7:1");
	}

	@Test
	void anInvalidPathTemplateFailsAtTheAnnotationWithTheProblem() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("/api/things/{id")
				public class ThingsRoute {
					public String get(long id) { return ""; }
				}
				""")).contains("- @RouteHandler com.example.ThingsRoute has an invalid path template "
				+ "\"/api/things/{id\": the variable opened at index 12 is not closed with '}' (at index 14) "
				+ "/com/example/ThingsRoute.java 5:1");
	}

	@Test
	void aPathWithoutLeadingSlashOrWithoutPathFails() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("api/things")
				public class ThingsRoute {
					public String get() { return ""; }
				}
				""", """
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler
				public class NoPathRoute {
					public String get() { return ""; }
				}
				""")).contains("- @RouteHandler com.example.ThingsRoute has the path \"api/things\", which does not "
				+ "start with '/': write @RouteHandler(\"/api/things\") /com/example/ThingsRoute.java 5:1",
				"- @RouteHandler com.example.NoPathRoute has no path: write it as @RouteHandler(\"/api/things\") "
						+ "/com/example/NoPathRoute.java 5:1");
	}

	@Test
	void twoRouteHandlersOnOnePathFailAtTheSecond() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("/api/things/{id}")
				public class ThingRoute {
					public String get(long id) { return ""; }
				}
				""", """
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("/api/things/{thingId}")
				public class OtherThingRoute {
					public void delete(long thingId) { }
				}
				""")).contains("- @RouteHandler com.example.OtherThingRoute and @RouteHandler com.example.ThingRoute "
				+ "both answer \"/api/things/{thingId}\": one path has one route handler; move the verb methods of "
				+ "one class into the other /com/example/OtherThingRoute.java 6:8");
	}

	@Test
	void aRouteHandlerOnAnAbstractClassOrAnInterfaceFails() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("/api/things")
				public abstract class ThingsRoute {
					public String get() { return ""; }
				}
				""", """
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("/api/others")
				public interface OthersRoute {
					String get();
				}
				""")).contains("- @RouteHandler com.example.ThingsRoute is abstract: only a concrete class becomes a "
				+ "bean; put @RouteHandler on a concrete class /com/example/ThingsRoute.java 5:1",
				"- @RouteHandler com.example.OthersRoute is an interface: only a concrete class becomes a bean; put "
						+ "@RouteHandler on a concrete class /com/example/OthersRoute.java 5:1");
	}

	@Test
	void aPathVariableThatNoVerbMethodReceivesIsAWarningAtTheAnnotation() {
		String problems = Compile.problems("""
				package com.example;

				import dev.serveractions.route.RouteHandler;
				import org.springframework.web.bind.annotation.PathVariable;

				@RouteHandler("/api/{tenant}/things/{id}/{*rest}")
				public class ThingRoute {
					public String get(@PathVariable("id") long thing, String rest) { return ""; }
				}
				""");
		assertThat(problems).doesNotContainPattern(Compile.ANY_ERROR)
			.contains("Warnings:\n- @RouteHandler com.example.ThingRoute: no verb method receives the path variable "
					+ "\"tenant\" of \"/api/{tenant}/things/{id}/{*rest}\": add a parameter named tenant (or "
					+ "annotated @PathVariable(\"tenant\")) /com/example/ThingRoute.java 6:1")
			.doesNotContain("path variable \"id\"", "path variable \"rest\"");
	}

	@Test
	void aCorrectRouteHandlerCompilesWithoutAnyMessage() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("/api/things/{id}")
				public class ThingRoute {
					public String get(long id) { return ""; }
					public void delete(long id) { }
				}
				""")).doesNotContain("com.example.ThingRoute ");
	}

}
