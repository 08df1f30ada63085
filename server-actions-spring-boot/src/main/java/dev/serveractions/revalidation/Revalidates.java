package dev.serveractions.revalidation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Revalidates paths and tags after the annotated handler succeeded: on a 2xx or 3xx outcome,
 * not when it threw, answered 4xx/5xx, or came back with validation errors in its model. Works
 * on controller methods, route handler verb methods and server actions; the revalidation runs
 * before the response is written, so the client's next request already sees fresh content.
 *
 * <pre class="code">
 * &#64;PostMapping("/todos")
 * &#64;Revalidates(paths = "/todos", tags = "todos")
 * String add(&#64;Valid NewTodo todo, BindingResult errors) {
 *     if (errors.hasErrors()) {
 *         return "todos";                // re-rendered form: nothing is revalidated
 *     }
 *     this.todos.add(todo);
 *     return "redirect:/todos";          // 303 after revalidation
 * }
 * </pre>
 *
 * <p>A {@code {name}} in {@link #paths()} or {@link #tags()} is filled from the path variables
 * of the request the handler answered: {@code @Revalidates(paths = "/owners/{ownerId}")} on
 * {@code @PostMapping("/owners/{ownerId}/edit")} revalidates {@code /owners/7} after
 * {@code POST /owners/7/edit}. A name that a mapped handler's path lacks fails the start; a
 * server action gets the variables of the page it was posted to.
 *
 * @since 0.1
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Revalidates {

	/**
	 * Paths to revalidate, as {@link RevalidationService#revalidatePath(String)}; a path ending
	 * in {@code /**} revalidates that path and everything below it ({@link PathScope#LAYOUT}).
	 * @return the paths
	 */
	String[] paths() default {};

	/**
	 * Tags to expire, as {@link RevalidationService#revalidateTag(String...)}.
	 * @return the tags
	 */
	String[] tags() default {};

	/**
	 * How tagged entries are revalidated: {@link Mode#EXPIRE} (default) or {@link Mode#STALE}.
	 * @return the mode
	 */
	Mode mode() default Mode.EXPIRE;

}
