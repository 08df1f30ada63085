package dev.serveractions.thymeleaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.serveractions.action.ServerActions;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.util.ClassUtils;
import org.springframework.util.DigestUtils;

/**
 * {@code <script sa:runtime></script>}: loads the client runtime (deferred, with a content
 * version so that browsers may cache it for good) and, with Spring Security, gives it the CSRF
 * header name and token for calls made from script.
 */
final class RuntimeAttributeProcessor extends AbstractAttributeTagProcessor {

	/** Classpath location of the runtime script, served at {@link ServerActions#RUNTIME_PATH}. */
	static final String RUNTIME_RESOURCE = "META-INF/server-actions/runtime.js";

	private static final boolean SECURITY_PRESENT = ClassUtils
		.isPresent("org.springframework.security.web.csrf.CsrfToken", RuntimeAttributeProcessor.class.getClassLoader());

	private final String versionedPath = ServerActions.RUNTIME_PATH + "?v=" + version();

	RuntimeAttributeProcessor(String dialectPrefix) {
		super(TemplateMode.HTML, dialectPrefix, "script", false, "runtime", true, ActionAttributeProcessor.PRECEDENCE,
				true);
	}

	@Override
	protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
			String attributeValue, IElementTagStructureHandler structureHandler) {
		String src = this.versionedPath;
		if (context instanceof IWebContext web) {
			src = web.getExchange().getRequest().getApplicationPath() + src;
			if (SECURITY_PRESENT) {
				Csrf.addAttributes(web, structureHandler);
			}
		}
		structureHandler.setAttribute("src", src);
		structureHandler.setAttribute("defer", "defer");
	}

	private static String version() {
		try (InputStream in = RuntimeAttributeProcessor.class.getClassLoader().getResourceAsStream(RUNTIME_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RUNTIME_RESOURCE + " is missing from the classpath");
			}
			return DigestUtils.md5DigestAsHex(in).substring(0, 10);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Kept apart so that the class loads without Spring Security. */
	private static final class Csrf {

		static void addAttributes(IWebContext context, IElementTagStructureHandler structureHandler) {
			Object token = context.getExchange()
				.getAttributeValue(org.springframework.security.web.csrf.CsrfToken.class.getName());
			if (token instanceof org.springframework.security.web.csrf.CsrfToken csrf) {
				structureHandler.setAttribute("data-csrf-header", csrf.getHeaderName());
				structureHandler.setAttribute("data-csrf-token", csrf.getToken());
			}
		}

	}

}
