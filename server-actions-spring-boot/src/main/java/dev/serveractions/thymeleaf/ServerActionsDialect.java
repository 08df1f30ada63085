package dev.serveractions.thymeleaf;

import java.util.Set;

import dev.serveractions.action.ServerActions;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.standard.StandardDialect;

/**
 * The {@code sa:} dialect for server actions, registered by the auto-configuration. Its
 * namespace, {@value #NAMESPACE}, declared on {@code <html>}, keeps editors quiet; Thymeleaf
 * does not need it, and rendered pages do not carry it.
 *
 * <pre class="code">
 * &lt;html xmlns:th="http://www.thymeleaf.org" xmlns:sa="https://serveractions.dev/dialect"&gt;
 * &lt;form sa:action="todos.create" th:object="${todoForm}"&gt;      &lt;!-- posts to this page --&gt;
 *   &lt;input th:field="*{text}"&gt; &lt;span th:errors="*{text}"&gt;&lt;/span&gt;
 *   &lt;button&gt;Add&lt;/button&gt;
 *   &lt;button sa:formaction="todos.clear"&gt;Clear&lt;/button&gt;          &lt;!-- another action --&gt;
 * &lt;/form&gt;
 * &lt;form sa:action="todoActions.delete" sa:bind="${todo.id}"&gt;&lt;button&gt;Delete&lt;/button&gt;&lt;/form&gt;
 * &lt;p th:if="${#actions.error}" th:text="${#actions.error}"&gt;&lt;/p&gt;
 * &lt;script sa:runtime&gt;&lt;/script&gt;
 * </pre>
 *
 * <ul>
 * <li>{@code sa:action} (on a form): the action's name; the form posts to its own page with
 * the action id, the signed {@code sa:bind} values and the hidden fields of the
 * application's {@code RequestDataValueProcessor} (Spring Security's CSRF token).</li>
 * <li>{@code sa:formaction} (on a submit button): the button submits its form to another
 * action; several in one form.</li>
 * <li>{@code sa:bind}: an expression whose value (or list of values) reaches the action's
 * {@code @Bound} parameters, signed.</li>
 * <li>{@code sa:runtime} (on a script tag): loads the client runtime.</li>
 * <li>{@code #actions}: {@code result}, {@code error}, {@code correlationId},
 * {@code action} of the action this response ran, and {@code id('name')}.</li>
 * </ul>
 */
public class ServerActionsDialect extends AbstractProcessorDialect implements IExpressionObjectDialect {

	/** The dialect's prefix. */
	public static final String PREFIX = "sa";

	/** The namespace that {@code xmlns:sa} declares, for editors and validators. */
	public static final String NAMESPACE = "https://serveractions.dev/dialect";

	private final ServerActions serverActions;

	private final IExpressionObjectFactory expressionObjects;

	/**
	 * Create the dialect.
	 * @param serverActions the application's actions
	 */
	public ServerActionsDialect(ServerActions serverActions) {
		super("Server Actions", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
		this.serverActions = serverActions;
		this.expressionObjects = new ActionsExpressionObjects(serverActions);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new ActionAttributeProcessor(dialectPrefix, this.serverActions),
				new FormActionAttributeProcessor(dialectPrefix, this.serverActions),
				new RuntimeAttributeProcessor(dialectPrefix),
				// drops xmlns:sa from the output, as the standard dialect drops xmlns:th
				new StandardXmlNsTagProcessor(TemplateMode.HTML, dialectPrefix));
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return this.expressionObjects;
	}

}
