package dev.serveractions.route;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Marks a bean that answers every HTTP verb of one resource path, the way a Next.js
 * {@code route.ts} does: a public method named {@code get}, {@code post}, {@code put},
 * {@code patch}, {@code delete}, {@code head} or {@code options} (any case) handles that verb.
 * Other public methods are ordinary helpers.
 *
 * <pre class="code">
 * &#64;RouteHandler("/api/todos/{id}")
 * public class TodoItemRoute {
 *
 *     private final TodoRepository todos;
 *
 *     TodoItemRoute(TodoRepository todos) {
 *         this.todos = todos;
 *     }
 *
 *     public Todo get(long id) {                       // GET /api/todos/42 → JSON
 *         return todos.find(id).orElseThrow(() -&gt; new ErrorResponseException(HttpStatus.NOT_FOUND));
 *     }
 *
 *     public void delete(long id) {                    // DELETE → 204
 *         todos.delete(id);
 *     }
 * }
 * </pre>
 *
 * <p>Verb methods take everything a Spring MVC handler method takes. An un-annotated parameter
 * of a simple type (number, string, UUID, enum...) whose name equals a path variable binds to
 * that variable. Return values are written as by a {@code @RestController}; {@code void} answers
 * {@code 204 No Content}. HEAD is answered from GET, OPTIONS with {@code 204} and {@code Allow},
 * and a verb the class lacks with {@code 405} and {@code Allow}. Errors are RFC 9457 problem
 * details.
 *
 * <p>A route handler is a {@code @Controller} whose methods become ordinary Spring MVC mappings:
 * {@code @RestControllerAdvice}, {@code @CrossOrigin}, interceptors, MockMvc,
 * {@code @WebMvcTest} slices and {@code /actuator/mappings} all see them as they see a
 * {@code @RestController}. Do not put {@code @RequestMapping} or {@code @GetMapping} on its
 * methods: the method name is the mapping, and startup fails saying so.
 *
 * <p>The path is also the class's {@code @RequestMapping} path, as meta-annotation: what reads a
 * controller's type-level mapping to build a URI finds it, such as Spring HATEOAS's
 * {@code linkTo(methodOn(TodoItemRoute.class).get(id))}. Spring MVC maps methods that carry a
 * mapping annotation of their own only, so this adds no mapping.
 *
 * @see <a href="https://nextjs.org/docs/app/api-reference/file-conventions/route">Next.js route handlers</a>
 * @since 0.1
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@ResponseBody
@RequestMapping
public @interface RouteHandler {

	/**
	 * Path template in Spring's {@code PathPattern} syntax, for example {@code "/api/todos"},
	 * {@code "/api/todos/{id}"} or the catch-all {@code "/docs/{*slug}"}. Alias for
	 * {@link #path()}.
	 * @return the path template
	 */
	@AliasFor(annotation = RequestMapping.class, attribute = "path")
	String value() default "";

	/**
	 * Path template, as {@link #value()}: {@code @RouteHandler(path = "/api/todos")}.
	 * @return the path template
	 */
	@AliasFor(annotation = RequestMapping.class, attribute = "path")
	String path() default "";

}
