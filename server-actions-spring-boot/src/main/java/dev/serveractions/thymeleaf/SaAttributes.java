package dev.serveractions.thymeleaf;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.web.servlet.IServletWebExchange;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * The one rule for the values of {@code sa:} attributes that name something (an action, a
 * cached fragment, its key or tags): a value that starts like a Thymeleaf expression
 * ({@code ${…}}, {@code *{…}}, {@code #{…}}, {@code @{…}}, {@code ~{…}}, {@code |…|} or a
 * {@code '…'} literal) is evaluated; any other value is the text itself.
 */
final class SaAttributes {

	private static final String[] EXPRESSION_STARTS = { "${", "*{", "#{", "@{", "~{", "|", "'" };

	private SaAttributes() {
	}

	/** Whether a value is a Thymeleaf expression rather than plain text. */
	static boolean isExpression(String value) {
		String trimmed = value.trim();
		for (String start : EXPRESSION_STARTS) {
			if (trimmed.startsWith(start)) {
				return true;
			}
		}
		return false;
	}

	/** The text of a value: the expression's result ({@code ""} for null), or the trimmed text. */
	static String text(ITemplateContext context, String value) {
		if (!isExpression(value)) {
			return value.trim();
		}
		Object result = evaluate(context, value.trim());
		return (result != null) ? result.toString() : "";
	}

	static @Nullable Object evaluate(ITemplateContext context, String expression) {
		return StandardExpressions.getExpressionParser(context.getConfiguration())
			.parseExpression(context, expression)
			.execute(context);
	}

	/** The servlet request a template renders for, or {@code null} outside a web request. */
	static @Nullable HttpServletRequest requestOf(ITemplateContext context) {
		if (context instanceof IWebContext web && web.getExchange() instanceof IServletWebExchange exchange
				&& exchange.getNativeRequestObject() instanceof HttpServletRequest request) {
			return request;
		}
		return null;
	}

}
