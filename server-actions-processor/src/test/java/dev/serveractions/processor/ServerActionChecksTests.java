package dev.serveractions.processor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerActionChecksTests {

	@Test
	void aPrivateStaticOrAbstractActionFailsAtTheMethod() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Component;

				@Component
				public abstract class TodoActions {
					@ServerAction
					private void hidden() { }
					@ServerAction
					public static void shared() { }
					@ServerAction
					public abstract void later();
					@ServerAction
					void packaged() { }
				}
				""")).contains(
				"- @ServerAction com.example.TodoActions.hidden() is private: an action must be a public, "
						+ "non-static, non-abstract method of a bean /com/example/TodoActions.java 8:9",
				"- @ServerAction com.example.TodoActions.shared() is static: an action must be a public, "
						+ "non-static, non-abstract method of a bean /com/example/TodoActions.java 10:9",
				"- @ServerAction com.example.TodoActions.later() is abstract: an action must be a public, "
						+ "non-static, non-abstract method of a bean /com/example/TodoActions.java 12:9",
				"- @ServerAction com.example.TodoActions.packaged() is package-private: an action must be a public, "
						+ "non-static, non-abstract method of a bean /com/example/TodoActions.java 14:9");
	}

	@Test
	void actionsInAPackagePrivateControllerOrBeanAreIndexedUnderTheNamesTheRuntimeGives() {
		assertThat(Compile.index("""
				package com.example;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Controller;

				@Controller
				class OwnerController {
					@ServerAction
					public String processCreationForm() { return "redirect:/owners"; }
				}
				""", """
				package com.example;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Controller;

				@Controller("pets")
				class PetController {
					@ServerAction
					public void create() { }
				}
				""", """
				package com.example;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Component;

				class Outer {
					@Component
					static class VisitActions {
						@ServerAction("visits.add")
						public void add() { }
					}
				}
				""")).contains(
				"{\"name\": \"ownerController.processCreationForm\", \"class\": \"com.example.OwnerController\", "
						+ "\"method\": \"processCreationForm\", \"bound\": []}",
				"{\"name\": \"pets.create\", \"class\": \"com.example.PetController\"",
				"{\"name\": \"visits.add\", \"class\": \"com.example.Outer$VisitActions\"");
	}

	@Test
	void anActionInAPrivateOrInnerClassFailsNamingWhatToChange() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Component;

				public class Outer {
					@Component
					private static class Hidden {
						@ServerAction
						public void create() { }
					}
					@Component
					public class Inner {
						@ServerAction
						public void update() { }
					}
				}
				""")).contains("- @ServerAction com.example.Outer.Hidden.create() is in a private class, which Spring "
				+ "cannot proxy and AOT-generated code cannot reference: make Hidden package-private or public "
				+ "/com/example/Outer.java 9:17",
				"- @ServerAction com.example.Outer.Inner.update() is in an inner class, which component scanning "
						+ "skips: make Inner static /com/example/Outer.java 14:17");
	}

	@Test
	void aPackagePrivateRouteHandlerIsIndexedAndAPrivateOneFails() {
		assertThat(Compile.index("""
				package com.example;

				@dev.serveractions.route.RouteHandler("/api/owners")
				class OwnersRoute {
					public String get() { return ""; }
				}
				""")).contains("{\"class\": \"com.example.OwnersRoute\", \"path\": \"/api/owners\"");
		assertThat(Compile.problems("""
				package com.example;

				public class Outer {
					@dev.serveractions.route.RouteHandler("/api/owners")
					private static class OwnersRoute {
						public String get() { return ""; }
					}
				}
				""")).contains("- @RouteHandler com.example.Outer.OwnersRoute is a private class, which Spring cannot "
				+ "proxy and AOT-generated code cannot reference: make OwnersRoute package-private or public");
	}

	@Test
	void boundOnAModelAttributeMethodOfAClassWithActionsIsAllowed() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.action.Bound;
				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Controller;
				import org.springframework.web.bind.annotation.ModelAttribute;

				@Controller
				class PetController {
					@ModelAttribute("pet")
					String pet(@Bound Long petId) { return "pet " + petId; }
					@ServerAction("pets.feed")
					public void feed(@Bound Long petId) { }
				}
				""")).doesNotContainPattern(Compile.ANY_ERROR);
	}

	@Test
	void boundOnAModelAttributeMethodOfAClassWithoutActionsFails() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.action.Bound;
				import org.springframework.web.bind.annotation.ControllerAdvice;
				import org.springframework.web.bind.annotation.ModelAttribute;

				@ControllerAdvice
				class PetAdvice {
					@ModelAttribute("pet")
					String pet(@Bound Long petId) { return "pet " + petId; }
				}
				""")).contains("- @Bound parameter petId of com.example.PetAdvice.pet() is not in a @ServerAction "
				+ "method: only actions, and the @ModelAttribute methods of their class, receive values bound with "
				+ "sa:bind; annotate the method with @ServerAction or remove @Bound /com/example/PetAdvice.java 10:20");
	}

	@Test
	void twoActionsWithOneNameFailAtTheSecond() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Component;

				@Component
				public class TodoActions {
					@ServerAction("todos.create")
					public void create() { }
				}
				""", """
				package com.example;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Component;

				@Component
				public class MoreActions {
					@ServerAction("todos.create")
					public void add() { }
				}
				""")).contains("- Two server actions are named \"todos.create\": com.example.TodoActions.create() and "
				+ "com.example.MoreActions.add(); give one of them another name with @ServerAction(\"...\") "
				+ "/com/example/MoreActions.java 9:21");
	}

	@Test
	void boundOutsideAServerActionFailsAtTheParameter() {
		assertThat(Compile.problems("""
				package com.example;

				import dev.serveractions.action.Bound;
				import org.springframework.stereotype.Component;

				@Component
				public class TodoActions {
					public void delete(@Bound long id) { }
				}
				""")).contains("- @Bound parameter id of com.example.TodoActions.delete() is not in a @ServerAction "
				+ "method: only actions, and the @ModelAttribute methods of their class, receive values bound with "
				+ "sa:bind; annotate the method with @ServerAction or remove @Bound /com/example/TodoActions.java 8:28");
	}

	@Test
	void anActionClassWithoutAStereotypeIsAWarning() {
		String problems = Compile.problems("""
				package com.example;

				import dev.serveractions.action.ServerAction;

				public class TodoActions {
					@ServerAction
					public void create() { }
				}
				""");
		assertThat(problems).doesNotContainPattern(Compile.ANY_ERROR)
			.contains("- com.example.TodoActions declares server actions but carries no stereotype, so component "
					+ "scanning skips it: annotate it with @Component (or ignore this if a @Bean method declares it) "
					+ "/com/example/TodoActions.java 5:8");
	}

	@Test
	void anActionClassOrRouteHandlerOutsideTheComponentScanIsAWarning() {
		String problems = Compile.problems("""
				package com.example.app;

				import org.springframework.boot.autoconfigure.SpringBootApplication;

				@SpringBootApplication
				public class App {
				}
				""", """
				package com.example.actions;

				import dev.serveractions.action.ServerAction;
				import org.springframework.stereotype.Component;

				@Component
				public class TodoActions {
					@ServerAction
					public void create() { }
				}
				""", """
				package com.example.app.web;

				import dev.serveractions.route.RouteHandler;

				@RouteHandler("/api/things")
				public class ThingsRoute {
					public String get() { return ""; }
				}
				""");
		assertThat(problems).doesNotContainPattern(Compile.ANY_ERROR)
			.contains("- com.example.actions.TodoActions declares server actions but its package "
					+ "com.example.actions is outside the component scan of this module [com.example.app]: move it "
					+ "under a scanned package, or import it (@Import) or declare it as a @Bean "
					+ "/com/example/actions/TodoActions.java 7:8")
			.doesNotContain("ThingsRoute declares");
	}

}
