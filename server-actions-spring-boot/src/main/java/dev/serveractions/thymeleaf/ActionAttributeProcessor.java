package dev.serveractions.thymeleaf;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.serveractions.action.ServerActions;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <form sa:action="todos.create">}: the form posts to its own page with the action id,
 * its signed {@code sa:bind} values and the {@code RequestDataValueProcessor}'s hidden fields.
 * An empty name ({@code sa:action=""}) only makes it a POST form with those fields, for forms
 * whose buttons all carry {@code sa:formaction}.
 */
final class ActionAttributeProcessor extends AbstractAttributeTagProcessor {

	static final int PRECEDENCE = 1000;

	private final ServerActions actions;

	ActionAttributeProcessor(String dialectPrefix, ServerActions actions) {
		super(TemplateMode.HTML, dialectPrefix, "form", false, "action", true, PRECEDENCE, true);
		this.actions = actions;
	}

	@Override
	protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
			String attributeValue, IElementTagStructureHandler structureHandler) {
		String name = ActionForms.name(context, attributeValue);
		structureHandler.setAttribute("method", "post");
		Map<String, String> fields = new LinkedHashMap<>();
		if (!name.isEmpty()) {
			String id = ActionForms.id(this.actions, name);
			structureHandler.setAttribute("data-sa-action", id);
			fields.put(ServerActions.ACTION_FIELD, id);
			String bound = ActionForms.bound(context, tag, structureHandler, attributeName.getPrefix(),
					this.actions, name);
			if (bound != null) {
				fields.put(ServerActions.BIND_FIELD, bound);
			}
		}
		structureHandler.insertImmediatelyAfter(ActionForms.hiddenFields(context, fields), false);
	}

}
