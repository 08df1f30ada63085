package dev.serveractions.action;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * The server actions of the application, by name: their ids and signed bound values. The
 * Thymeleaf dialect renders forms with it; tests and custom rendering code may use it too.
 *
 * <pre class="code">
 * String id = serverActions.id("todos.create");              // what &lt;form sa:action&gt; renders
 * String bound = serverActions.bind("todoActions.delete", List.of(42L));
 * </pre>
 *
 * <p>The constants are the wire protocol: see {@code docs/server-actions.md}.
 */
public interface ServerActions {

	/** Form field carrying the id of the form's action (JavaScript off). */
	String ACTION_FIELD = "_sa_action";

	/**
	 * Form field of a submit button with {@code sa:formaction}: its value is the action id,
	 * optionally followed by {@code ':'} and a signed bound value; it wins over
	 * {@link #ACTION_FIELD}.
	 */
	String FORM_ACTION_FIELD = "_sa_formaction";

	/** Form field carrying the signed {@code sa:bind} values of the form's action. */
	String BIND_FIELD = "_sa_bind";

	/** Request header carrying the action id (client runtime). */
	String ACTION_HEADER = "Sa-Action";

	/** Request header carrying an action name ({@code ServerActions.call(name, data)}). */
	String ACTION_NAME_HEADER = "Sa-Action-Name";

	/** Response header set to {@code 1} when the action id or name is unknown. */
	String NOT_FOUND_HEADER = "Sa-Action-Not-Found";

	/**
	 * Response header naming the outcome of an action: {@code ok}, {@code result},
	 * {@code redirect}, {@code invalid} or {@code error}.
	 */
	String OUTCOME_HEADER = "Sa-Outcome";

	/**
	 * Path, under the application's context path, of the client runtime script
	 * ({@code <script sa:runtime>}); the library serves it.
	 */
	String RUNTIME_PATH = "/_sa/runtime.js";

	/**
	 * The id of the named action, as forms carry it, under the current secret.
	 * @param name the action name
	 * @return the id
	 * @throws IllegalArgumentException if there is no such action
	 */
	String id(String name);

	/**
	 * Signs values for the {@link Bound @Bound} parameters of the named action.
	 * @param name the action name
	 * @param values the values, in the order of the parameters
	 * @return the signed token for {@link #BIND_FIELD}
	 * @throws IllegalArgumentException if there is no such action
	 */
	String bind(String name, List<?> values);

	/**
	 * The names of all actions.
	 * @return the names
	 */
	Set<String> names();

	/**
	 * The bean method the named action runs, for tools that describe the actions (such as the
	 * {@code serveractions} Actuator endpoint).
	 * @param name the action name
	 * @return the method
	 * @throws IllegalArgumentException if there is no such action
	 */
	Method method(String name);

}
