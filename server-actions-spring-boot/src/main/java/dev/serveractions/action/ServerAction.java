package dev.serveractions.action;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of a Spring bean as a server action: a form rendered with
 * {@code <form sa:action="todos.create">} posts to its own page, and the action runs before the
 * page's own POST mapping would.
 *
 * <pre class="code">
 * &#64;Component
 * public class TodoActions {
 *
 *     &#64;ServerAction("todos.create")
 *     public void create(&#64;Valid TodoForm form) {      // void: 303 back to the page
 *         todos.add(form.text());
 *     }
 *
 *     &#64;ServerAction                                    // name "todoActions.delete"
 *     public ActionResult delete(&#64;Bound long id) {
 *         todos.delete(id);
 *         return ActionResult.redirect("/todos");
 *     }
 * }
 * </pre>
 *
 * <p>Parameters take everything a Spring MVC handler method takes ({@code @Valid} form objects
 * and records, {@code BindingResult}, {@code @RequestParam}, {@code MultipartFile},
 * {@code Principal}...) plus {@link Bound @Bound} values signed into the form. Return
 * {@code void}, an {@link ActionResult}, or any value, which the page shows at
 * {@code ${#actions.result}}.
 *
 * @see ActionResult
 * @see Bound
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ServerAction {

	/**
	 * The action's name, used in templates ({@code sa:action="todos.create"}) and from script
	 * ({@code ServerActions.call("todos.create", data)}). Defaults to
	 * {@code beanName.methodName}. Names are unique within an application.
	 * @return the action name, or empty for the default
	 */
	String value() default "";

}
