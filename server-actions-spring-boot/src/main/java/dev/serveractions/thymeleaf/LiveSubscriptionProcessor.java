package dev.serveractions.thymeleaf;

import dev.serveractions.live.LiveSubscriptions;
import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The end of a live region, which {@link LiveAttributeProcessor} wrote: the signed subscription
 * of the tags the region was rendered from ({@code data-sa-subscription}) and when it began to
 * render ({@code data-sa-since}), for the client runtime.
 */
final class LiveSubscriptionProcessor extends AbstractAttributeTagProcessor {

	static final String ATTRIBUTE = "live-subscription";

	private final LiveSubscriptions subscriptions;

	LiveSubscriptionProcessor(String prefix, LiveSubscriptions subscriptions) {
		super(TemplateMode.HTML, prefix, "template", false, ATTRIBUTE, true, ActionAttributeProcessor.PRECEDENCE,
				true);
		this.subscriptions = subscriptions;
	}

	@Override
	protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
			String attributeValue, IElementTagStructureHandler structureHandler) {
		HttpServletRequest request = SaAttributes.requestOf(context);
		int colon = attributeValue.indexOf(':');
		if (request == null || colon < 0) {
			return;
		}
		long since = Long.parseLong(attributeValue.substring(colon + 1));
		int start = Integer.parseInt(attributeValue.substring(0, colon));
		try {
			structureHandler.setAttribute("data-sa-subscription",
					this.subscriptions.subscribe(request, LiveRegions.since(request, start), since));
		}
		catch (IllegalStateException ex) {
			throw new TemplateProcessingException(ex.getMessage(), ex);
		}
		structureHandler.setAttribute("data-sa-since", Long.toString(since));
	}

}
