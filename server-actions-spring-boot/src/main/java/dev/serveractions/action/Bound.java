package dev.serveractions.action;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A server action parameter whose value was fixed by the server when the page was rendered,
 * with {@code sa:bind}, and travels signed: the user cannot change it. A tampered, foreign
 * (signed for another action) or missing value is answered with {@code 400} and the action does
 * not run.
 *
 * <pre class="code">
 * &lt;form sa:action="todoActions.delete" sa:bind="${todo.id}"&gt;&lt;button&gt;Delete&lt;/button&gt;&lt;/form&gt;
 *
 * &#64;ServerAction
 * public void delete(&#64;Bound long id) { ... }
 * </pre>
 *
 * <p>With several {@code @Bound} parameters, bind a list: {@code sa:bind="${ {list.id, todo.id} }"};
 * values are matched to the parameters in order and converted with Spring's conversion service.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Bound {

}
