package dev.serveractions.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals a Thymeleaf attribute expression can yield as its value: those that stand
 * as a whole result, between the start or end of the expression ({@code ${…}}, {@code *{…}},
 * grouping parentheses) and the operators of a conditional ({@code ? :}) or an elvis
 * ({@code ?:}). So {@code ${owner['new'] ? 'owners.create' : 'owners.update'}} yields both names,
 * while {@code 'new'} (an index), {@code kind == 'new'} (an operand), {@code 'owners.' + kind} (a
 * part of a name) and {@code f('x')} (an argument) yield nothing that could be checked.
 */
final class ExpressionResults {

	private static final String BEFORE = "?:({";

	private static final String AFTER = ":)}";

	private ExpressionResults() {
	}

	/** Whether the attribute value is an expression, whose results {@link #of} finds. */
	static boolean isExpression(String value) {
		return value.startsWith("${") || value.startsWith("*{") || value.startsWith("(") || value.startsWith("'");
	}

	/** Each literal that is a whole result of the expression, unquoted, with its offset in the value. */
	static List<Literal> of(String expression) {
		List<Literal> results = new ArrayList<>();
		int i = 0;
		while (i < expression.length()) {
			if (expression.charAt(i) != '\'') {
				i++;
				continue;
			}
			int start = i;
			StringBuilder text = new StringBuilder();
			for (i++; i < expression.length(); i++) {
				char c = expression.charAt(i);
				if (c == '\\' && i + 1 < expression.length()) {
					text.append(expression.charAt(++i));
				}
				else if (c == '\'' && i + 1 < expression.length() && expression.charAt(i + 1) == '\'') {
					text.append(c);
					i++;
				}
				else if (c == '\'') {
					break;
				}
				else {
					text.append(c);
				}
			}
			i++;
			if (standsAlone(expression, start, i)) {
				results.add(new Literal(text.toString(), start));
			}
		}
		return results;
	}

	private static boolean standsAlone(String expression, int start, int end) {
		int before = start - 1;
		while (before >= 0 && Character.isWhitespace(expression.charAt(before))) {
			before--;
		}
		int after = end;
		while (after < expression.length() && Character.isWhitespace(expression.charAt(after))) {
			after++;
		}
		boolean opens = before < 0 || (BEFORE.indexOf(expression.charAt(before)) >= 0 && !isCall(expression, before));
		return opens && (after >= expression.length() || AFTER.indexOf(expression.charAt(after)) >= 0);
	}

	/** Whether the character is the parenthesis of a method call ({@code f(}) or a selection ({@code .?[}). */
	private static boolean isCall(String expression, int index) {
		if (expression.charAt(index) != '(') {
			return false;
		}
		int before = index - 1;
		while (before >= 0 && Character.isWhitespace(expression.charAt(before))) {
			before--;
		}
		return before >= 0 && Character.isJavaIdentifierPart(expression.charAt(before));
	}

	/**
	 * A string literal of an expression.
	 * @param text its value
	 * @param offset where its opening quote is in the expression
	 */
	record Literal(String text, int offset) {
	}

}
