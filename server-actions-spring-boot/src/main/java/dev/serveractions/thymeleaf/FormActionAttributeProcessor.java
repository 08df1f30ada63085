package dev.serveractions.thymeleaf;

import dev.serveractions.action.ServerActions;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.requestdata.RequestDataValueProcessorUtils;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <button sa:formaction="todos.clear">}: the button submits its form to that action; its
 * own {@code sa:bind} values travel in the button's value. Several per form. The form itself
 * needs {@code sa:action} (possibly empty) for the POST method and the CSRF field.
 */
final class FormActionAttributeProcessor extends AbstractAttributeTagProcessor {

	private final ServerActions actions;

	FormActionAttributeProcessor(String dialectPrefix, ServerActions actions) {
		super(TemplateMode.HTML, dialectPrefix, null, false, "formaction", true, ActionAttributeProcessor.PRECEDENCE,
				true);
		this.actions = actions;
	}

	@Override
	protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
			String attributeValue, IElementTagStructureHandler structureHandler) {
		String name = ActionForms.name(context, attributeValue);
		ActionForms.requireName(name, "formaction");
		String id = ActionForms.id(this.actions, name);
		String bound = ActionForms.bound(context, tag, structureHandler, attributeName.getPrefix(), this.actions,
				name);
		String value = (bound != null) ? id + ":" + bound : id;
		structureHandler.setAttribute("name", ServerActions.FORM_ACTION_FIELD);
		structureHandler.setAttribute("value", RequestDataValueProcessorUtils.processFormFieldValue(context,
				ServerActions.FORM_ACTION_FIELD, value, "submit"));
		structureHandler.setAttribute("formmethod", "post");
		structureHandler.setAttribute("data-sa-action", id);
	}

}
