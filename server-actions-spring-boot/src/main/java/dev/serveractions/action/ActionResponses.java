package dev.serveractions.action;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.serveractions.problem.ValidationErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes what is not a rendered page: JSON outcomes and RFC 9457 problems through Spring MVC's
 * message converters, and small HTML pages for browsers with JavaScript off.
 */
final class ActionResponses {

	/** What the answer to a form of another deployment or key says first, with or without JavaScript. */
	static final String STALE_TITLE = "This form is out of date";


	private final MessageSource messages;

	private final Supplier<List<HttpMessageConverter<?>>> converters;

	/**
	 * @param messages resolves validation messages
	 * @param converters the application's converters, so that JSON looks as the rest of the
	 * application's
	 */
	ActionResponses(MessageSource messages, Supplier<List<HttpMessageConverter<?>>> converters) {
		this.messages = messages;
		this.converters = converters;
	}

	void json(HttpServletResponse response, HttpStatusCode status, Object body) throws IOException {
		MediaType type = (body instanceof ProblemDetail) ? MediaType.APPLICATION_PROBLEM_JSON
				: MediaType.APPLICATION_JSON;
		response.setStatus(status.value());
		for (HttpMessageConverter<?> converter : this.converters.get()) {
			if (converter.canWrite(body.getClass(), type)) {
				@SuppressWarnings("unchecked")
				HttpMessageConverter<Object> writer = (HttpMessageConverter<Object>) converter;
				writer.write(body, type, new ServletServerHttpResponse(response));
				return;
			}
		}
		throw new IllegalStateException("No message converter writes " + type);
	}

	/** The problem of a validation failure, with an entry per error: field, code and message. */
	ProblemDetail invalidProblem(HttpServletRequest request, Outcome outcome) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(outcome.status(), outcome.message());
		problem.setProperty("errors", new ValidationErrors(this.messages, RequestContextUtils.getLocale(request))
			.addAll(outcome.errors())
			.entries());
		return problem;
	}

	/** The problem of a failed action: its safe message and, if unexpected, a correlation id. */
	ProblemDetail failureProblem(Outcome outcome) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(outcome.status(), outcome.message());
		if (outcome.correlationId() != null) {
			problem.setProperty("correlationId", outcome.correlationId());
		}
		return problem;
	}

	/** A problem as JSON for scripts, or as a small page for browsers with JavaScript off. */
	void problem(ClientShape client, HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (client != ClientShape.FORM) {
			json(response, HttpStatusCode.valueOf(problem.getStatus()), problem);
			return;
		}
		StringBuilder body = new StringBuilder();
		body.append("<p>").append(escape(problem.getDetail())).append("</p>\n");
		Map<String, Object> properties = problem.getProperties();
		if (properties != null && properties.get("correlationId") != null) {
			body.append("<p>Reference: <code>").append(escape(properties.get("correlationId"))).append("</code></p>\n");
		}
		body.append("<p><a href=\"").append(escape(Redirects.pageUrl(request))).append("\">Back to the page</a></p>\n");
		page(response, problem.getStatus(), (problem.getTitle() != null) ? problem.getTitle() : "Error", body);
	}

	/**
	 * The page a browser with JavaScript off gets for an action id that no longer exists: it
	 * says so and keeps the user's input in a form that opens the current page with it.
	 */
	void stalePage(HttpServletRequest request, HttpServletResponse response, int status, String detail)
			throws IOException {
		StringBuilder body = new StringBuilder();
		body.append("<p>").append(escape(detail)).append("</p>\n");
		body.append("<form method=\"get\" action=\"").append(escape(request.getRequestURI())).append("\">\n");
		request.getParameterMap().forEach((name, values) -> {
			if (isUserInput(name)) {
				for (String value : values) {
					body.append("<p><label>").append(escape(name)).append(" <input name=\"").append(escape(name))
						.append("\" value=\"").append(escape(value)).append("\"></label></p>\n");
				}
			}
		});
		body.append("<button>Open the current page with my input</button>\n</form>\n");
		page(response, status, STALE_TITLE, body);
	}

	private static boolean isUserInput(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return !lower.startsWith("_sa_") && !lower.startsWith("_csrf") && !lower.contains("password")
				&& !lower.contains("secret") && !lower.contains("token");
	}

	private static void page(HttpServletResponse response, int status, String title, CharSequence body)
			throws IOException {
		response.setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		PrintWriter writer = response.getWriter();
		writer.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.append("<title>")
			.append(escape(title))
			.append("</title></head>\n<body>\n<main>\n<h1>")
			.append(escape(title))
			.append("</h1>\n")
			.append(body)
			.append("</main>\n</body>\n</html>\n");
		writer.flush();
	}

	private static String escape(@Nullable Object text) {
		return (text != null) ? HtmlUtils.htmlEscape(text.toString()) : "";
	}

}
