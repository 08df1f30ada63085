package dev.serveractions.processor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexTests {

	@Test
	void everyRouteHandlerAndServerActionGoesIntoTheIndexNamedAsTheRuntimeNamesThem() {
		String index = Compile.index("""
				package com.example;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("/api/todos/{id}")
				public class TodoRoute {
					public String get(long id) { return ""; }
					public void DELETE(long id) { }
					public String helper() { return ""; }
				}
				""", """
				package com.example;

				import dev.serveractions.action.Bound;
				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Component;

				@Component
				public class TodoActions {
					@ServerAction("todos.create")
					public void create(String text) { }
					@ServerAction
					public void delete(@Bound long id, @Bound String version, String note) { }
					public static class Nested {
					}
				}
				""", """
				package com.example;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Service;

				@Service("archive")
				public class ArchiveActions {
					@ServerAction
					public void clear() { }
				}
				""", """
				package com.example;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Component;

				@Component
				public class URLActions {
					@ServerAction
					public void shorten() { }
				}
				""");
		assertThat(index).isEqualTo("""
				{
				  "routes": [
				    {"class": "com.example.TodoRoute", "path": "/api/todos/{id}", "verbs": {"DELETE": "DELETE", "GET": "get"}}
				  ],
				  "actions": [
				    {"name": "URLActions.shorten", "class": "com.example.URLActions", "method": "shorten", "bound": []},
				    {"name": "archive.clear", "class": "com.example.ArchiveActions", "method": "clear", "bound": []},
				    {"name": "todoActions.delete", "class": "com.example.TodoActions", "method": "delete", "bound": ["id", "version"]},
				    {"name": "todos.create", "class": "com.example.TodoActions", "method": "create", "bound": []}
				  ]
				}
				""");
	}

	@Test
	void aComposedRouteHandlerAnnotationIsFoundWithItsAliasedPath() {
		String index = Compile.index("""
				package com.example;

				import java.lang.annotation.Retention;
				import java.lang.annotation.RetentionPolicy;
				import dev.serveractions.route.RouteHandler;
				import org.springframework.core.annotation.AliasFor;

				@Retention(RetentionPolicy.RUNTIME)
				@RouteHandler
				public @interface ApiRoute {
					@AliasFor(annotation = RouteHandler.class, attribute = "path")
					String value();
				}
				""", """
				package com.example;

				@ApiRoute("/api/health")
				public class HealthRoute {
					public String get() { return "ok"; }
				}
				""", """
				package com.example;

				import java.lang.annotation.Retention;
				import java.lang.annotation.RetentionPolicy;
				import dev.serveractions.route.RouteHandler;

				@Retention(RetentionPolicy.RUNTIME)
				@RouteHandler("/api/version")
				public @interface VersionRoute {
				}
				""", """
				package com.example;

				@VersionRoute
				public class Version {
					public String get() { return "1"; }
				}
				""");
		assertThat(index).contains(
				"{\"class\": \"com.example.HealthRoute\", \"path\": \"/api/health\", \"verbs\": {\"GET\": \"get\"}}",
				"{\"class\": \"com.example.Version\", \"path\": \"/api/version\", \"verbs\": {\"GET\": \"get\"}}");
	}

	@Test
	void aNestedActionClassIsNamedOuterDotInnerAsSpringNamesIt() {
		String index = Compile.index("""
				package com.example;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Component;

				public class Outer {
					@Component
					public static class Inner {
						@ServerAction
						public void run() { }
					}
				}
				""");
		assertThat(index).contains(
				"{\"name\": \"outer.Inner.run\", \"class\": \"com.example.Outer$Inner\", \"method\": \"run\", \"bound\": []}");
	}

	@Test
	void aCompilationWithoutRouteHandlersOrActionsWritesNoIndex() {
		assertThat(Compile.index("""
				package com.example;

				public class Plain {
				}
				""")).isNull();
	}

}
