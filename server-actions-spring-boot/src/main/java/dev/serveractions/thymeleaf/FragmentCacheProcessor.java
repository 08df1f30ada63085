package dev.serveractions.thymeleaf;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import dev.serveractions.revalidation.FragmentCache;
import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateManager;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.util.StringUtils;

/**
 * {@code sa:cache="name"}: caches the rendered element through the {@link FragmentCache}, per
 * request path, locale, {@code sa:cache-key} value and cache variant; {@code sa:tags="a, b"}
 * tags it. On a hit the element's body is not evaluated at all. Attribute values follow
 * {@link SaAttributes}.
 */
final class FragmentCacheProcessor extends AbstractAttributeModelProcessor {

	static final String CACHE = "cache";

	static final String TAGS = "tags";

	static final String KEY = "cache-key";

	private final FragmentCache cache;

	FragmentCacheProcessor(String prefix, FragmentCache cache) {
		super(TemplateMode.HTML, prefix, null, false, CACHE, true, CacheDialect.PRECEDENCE, false);
		this.cache = cache;
	}

	@Override
	protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName,
			String attributeValue, IElementModelStructureHandler structureHandler) {
		String prefix = attributeName.getPrefix();
		IProcessableElementTag tag = (IProcessableElementTag) model.get(0);
		String tagsValue = tag.getAttributeValue(prefix, TAGS);
		String keyValue = tag.getAttributeValue(prefix, KEY);
		model.replace(0, stripped(context.getModelFactory(), tag, prefix));
		HttpServletRequest request = SaAttributes.requestOf(context);
		if (request == null) {
			return; // not a web request: render as usual, uncached
		}
		String name = SaAttributes.text(context, attributeValue);
		String key = (keyValue != null) ? SaAttributes.text(context, keyValue) : null;
		List<String> tags = (tagsValue != null)
				? List.of(StringUtils.tokenizeToStringArray(SaAttributes.text(context, tagsValue), ",")) : List.of();
		LiveRegions.record(request, tags);
		String html = this.cache.html(request, name, key, tags, context.getLocale(), () -> render(context, model));
		model.reset();
		model.add(context.getModelFactory().createText(html));
	}

	private static String render(ITemplateContext context, IModel model) {
		StringWriter markup = new StringWriter();
		try {
			model.write(markup);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ITemplateEvent first = model.get(0);
		TemplateManager templates = context.getConfiguration().getTemplateManager();
		TemplateModel parsed = templates.parseString(context.getTemplateData(), markup.toString(), first.getLine(),
				first.getCol(), context.getTemplateMode(), true);
		StringWriter html = new StringWriter();
		templates.process(parsed, context, html);
		return html.toString();
	}

	private static IProcessableElementTag stripped(IModelFactory factory, IProcessableElementTag tag, String prefix) {
		IProcessableElementTag result = tag;
		for (String name : new String[] { CACHE, TAGS, KEY }) {
			result = factory.removeAttribute(result, prefix, name);
		}
		return result;
	}

}
