package dev.serveractions.thymeleaf;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.serveractions.revalidation.CacheEntry;
import dev.serveractions.revalidation.CacheVariant;
import dev.serveractions.revalidation.FormFieldPlaceholders;
import dev.serveractions.revalidation.RenderCache;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateManager;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.web.servlet.IServletWebExchange;

import org.springframework.util.StringUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * {@code sa:cache="name"}: caches the rendered element, per request path, locale,
 * {@code sa:cache-key} value and {@link CacheVariant}; {@code sa:tags="a, b"} tags it for
 * {@code revalidateTag}. On a hit the element's body is not evaluated at all. The three
 * attribute values may be Thymeleaf expressions ({@code sa:cache-key="${page}"}). Forms inside
 * carry the current request's hidden fields ({@link FormFieldPlaceholders}).
 */
final class FragmentCacheProcessor extends AbstractAttributeModelProcessor {

	static final String CACHE = "cache";

	static final String TAGS = "tags";

	static final String KEY = "cache-key";

	private final RenderCache cache;

	private final FormFieldPlaceholders placeholders;

	private final List<CacheVariant> variants;

	FragmentCacheProcessor(String prefix, RenderCache cache, FormFieldPlaceholders placeholders,
			List<CacheVariant> variants) {
		super(TemplateMode.HTML, prefix, null, false, CACHE, true, CacheDialect.PRECEDENCE, false);
		this.cache = cache;
		this.placeholders = placeholders;
		this.variants = variants;
	}

	@Override
	protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName,
			String attributeValue, IElementModelStructureHandler structureHandler) {
		String prefix = attributeName.getPrefix();
		IProcessableElementTag tag = (IProcessableElementTag) model.get(0);
		String tagsValue = tag.getAttributeValue(prefix, TAGS);
		String keyValue = tag.getAttributeValue(prefix, KEY);
		model.replace(0, stripped(context.getModelFactory(), tag, prefix));
		HttpServletRequest request = requestOf(context);
		if (request == null) {
			return; // not a web request: render as usual, uncached
		}
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		String key = keyOf(context, request, path, evaluate(context, attributeValue),
				(keyValue != null) ? evaluate(context, keyValue) : null);
		List<String> tags = (tagsValue != null)
				? List.of(StringUtils.tokenizeToStringArray(evaluate(context, tagsValue), ",")) : List.of();
		String html = cachedOrRendered(context, model, request, path, key, tags);
		model.reset();
		model.add(context.getModelFactory().createText(this.placeholders.fill(html, request)));
	}

	private String cachedOrRendered(ITemplateContext context, IModel model, HttpServletRequest request, String path,
			String key, List<String> tags) {
		RenderCache.Lookup lookup = this.cache.lookup(key);
		CacheEntry entry = lookup.entry();
		if (entry != null && !lookup.refresh()) {
			return text(entry);
		}
		// a miss, or the one refresh of a stale entry (rendered here; others keep the stale one)
		try {
			RenderCache.Rendered rendered = this.cache.render(key, () -> {
				String html = render(context, model, request);
				return CacheEntry.forPath(key, path, tags, 0, 200, Map.of(), html.getBytes(StandardCharsets.UTF_8),
						FormFieldPlaceholders.holdsPlaceholders(html));
			});
			return text(rendered.entry());
		}
		catch (RuntimeException ex) {
			this.cache.release(key);
			throw ex;
		}
		catch (Exception ex) {
			this.cache.release(key);
			throw new IllegalStateException(ex);
		}
	}

	private static String render(ITemplateContext context, IModel model, HttpServletRequest request) {
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
		FormFieldPlaceholders.startCapture(request);
		try {
			templates.process(parsed, context, html);
		}
		finally {
			FormFieldPlaceholders.endCapture(request);
		}
		return html.toString();
	}

	private String keyOf(ITemplateContext context, HttpServletRequest request, String path, String name,
			@Nullable String key) {
		StringBuilder result = new StringBuilder(96).append("fragment ")
			.append(name)
			.append("\npath: ")
			.append(path)
			.append("\nlocale: ")
			.append(context.getLocale());
		if (key != null) {
			result.append("\nkey: ").append(key);
		}
		for (CacheVariant variant : this.variants) {
			String value = variant.variant(request);
			if (value != null) {
				result.append("\nvariant: ").append(value);
			}
		}
		return result.toString();
	}

	private static IProcessableElementTag stripped(IModelFactory factory, IProcessableElementTag tag, String prefix) {
		IProcessableElementTag result = tag;
		for (String name : new String[] { CACHE, TAGS, KEY }) {
			result = factory.removeAttribute(result, prefix, name);
		}
		return result;
	}

	private static String evaluate(ITemplateContext context, String value) {
		if (!value.contains("{") && !value.contains("|")) {
			return value;
		}
		Object result = StandardExpressions.getExpressionParser(context.getConfiguration())
			.parseExpression(context, value)
			.execute(context);
		return String.valueOf(result);
	}

	private static @Nullable HttpServletRequest requestOf(ITemplateContext context) {
		if (context instanceof IWebContext web && web.getExchange() instanceof IServletWebExchange exchange
				&& exchange.getNativeRequestObject() instanceof HttpServletRequest request) {
			return request;
		}
		return null;
	}

	private static String text(@Nullable CacheEntry entry) {
		return (entry != null) ? new String(entry.body(), StandardCharsets.UTF_8) : "";
	}


}
