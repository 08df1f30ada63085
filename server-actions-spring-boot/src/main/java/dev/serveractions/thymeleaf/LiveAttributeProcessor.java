package dev.serveractions.thymeleaf;

import java.util.Map;

import dev.serveractions.live.LiveSubscriptions;
import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <body sa:live>} or {@code <section sa:live>}: puts, as the element's last child, an inert
 * {@code <template>} that {@link LiveSubscriptionProcessor} fills once the region's content (and
 * so its {@code sa:cache} fragments) has rendered. The element keeps its attributes (the
 * processor does not touch it); the runtime finds the region as that template's parent.
 */
final class LiveAttributeProcessor extends AbstractAttributeModelProcessor {

	static final String LIVE = "live";

	private final LiveSubscriptions subscriptions;

	LiveAttributeProcessor(String prefix, LiveSubscriptions subscriptions) {
		super(TemplateMode.HTML, prefix, null, false, LIVE, true, ActionAttributeProcessor.PRECEDENCE, true);
		this.subscriptions = subscriptions;
	}

	@Override
	protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName,
			String attributeValue, IElementModelStructureHandler structureHandler) {
		HttpServletRequest request = SaAttributes.requestOf(context);
		if (request == null) {
			return; // not a web request: nothing to subscribe to
		}
		if (model.size() < 2) {
			throw new TemplateProcessingException("sa:live belongs on an element with content, such as <body>, "
					+ "<main> or the element around sa:cache fragments");
		}
		IModelFactory factory = context.getModelFactory();
		String position = LiveRegions.start(request) + ":" + this.subscriptions.now();
		model.insert(model.size() - 1, factory.createOpenElementTag("template",
				Map.of(attributeName.getPrefix() + ":" + LiveSubscriptionProcessor.ATTRIBUTE, position),
				AttributeValueQuotes.DOUBLE, false));
		model.insert(model.size() - 1, factory.createCloseElementTag("template"));
	}

}
