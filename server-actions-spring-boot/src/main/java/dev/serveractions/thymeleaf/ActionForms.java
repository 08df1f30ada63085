package dev.serveractions.thymeleaf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serveractions.action.ServerActions;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.requestdata.RequestDataValueProcessorUtils;
import org.thymeleaf.standard.expression.IStandardExpression;
import org.thymeleaf.standard.expression.StandardExpressions;

/** What {@code sa:action} and {@code sa:formaction} share: names, ids, bound values. */
final class ActionForms {

	static final String BIND_ATTRIBUTE = "bind";

	private ActionForms() {
	}

	/** The action name: the attribute's text, or the value of a Thymeleaf expression. */
	static String name(ITemplateContext context, String attributeValue) {
		return SaAttributes.text(context, attributeValue);
	}

	static String id(ServerActions actions, String name) {
		try {
			return actions.id(name);
		}
		catch (IllegalArgumentException ex) {
			throw new TemplateProcessingException(ex.getMessage(), ex);
		}
	}

	/** The signed {@code sa:bind} token of the tag, and removes the attribute; or {@code null}. */
	static @Nullable String bound(ITemplateContext context, IProcessableElementTag tag,
			IElementTagStructureHandler structureHandler, String prefix, ServerActions actions, String name) {
		String expression = tag.getAttributeValue(prefix, BIND_ATTRIBUTE);
		if (expression == null) {
			return null;
		}
		structureHandler.removeAttribute(prefix, BIND_ATTRIBUTE);
		Object value = evaluate(context, expression);
		List<?> values;
		if (value instanceof Collection<?> collection) {
			values = new ArrayList<>(collection);
		}
		else if (value instanceof Object[] array) {
			values = Arrays.asList(array);
		}
		else {
			values = java.util.Collections.singletonList(value);
		}
		return actions.bind(name, values);
	}

	private static @Nullable Object evaluate(ITemplateContext context, String expression) {
		IStandardExpression parsed = StandardExpressions.getExpressionParser(context.getConfiguration())
			.parseExpression(context, expression);
		return parsed.execute(context);
	}

	/**
	 * Hidden inputs: the given fields, then the extra fields of the application's
	 * {@code RequestDataValueProcessor} (Spring Security's CSRF token), each value passed
	 * through the processor as {@code th:field} does.
	 */
	static IModel hiddenFields(ITemplateContext context, Map<String, String> fields) {
		IModelFactory factory = context.getModelFactory();
		IModel model = factory.createModel();
		Map<String, String> all = new LinkedHashMap<>();
		fields.forEach((name, value) -> all.put(name,
				RequestDataValueProcessorUtils.processFormFieldValue(context, name, value, "hidden")));
		Map<String, String> extra = RequestDataValueProcessorUtils.getExtraHiddenFields(context);
		if (extra != null) {
			all.putAll(extra);
		}
		all.forEach((name, value) -> {
			Map<String, String> attributes = new LinkedHashMap<>(4);
			attributes.put("type", "hidden");
			attributes.put("name", name);
			attributes.put("value", value);
			model.add(factory.createStandaloneElementTag("input", attributes, AttributeValueQuotes.DOUBLE, false,
					true));
		});
		return model;
	}

	static void requireName(String name, String attribute) {
		if (name.isEmpty()) {
			throw new TemplateProcessingException("sa:" + attribute + " needs the name of a server action");
		}
	}

}
