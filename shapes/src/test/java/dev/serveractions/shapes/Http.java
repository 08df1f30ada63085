package dev.serveractions.shapes;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser with JavaScript off, over plain HTTP: it keeps cookies, follows no redirects, and
 * posts a page's form back with the hidden fields the page rendered.
 */
public final class Http {

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				BodyHandlers.ofString());
	}

	public HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(fields.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"))));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.build(), BodyHandlers.ofString());
	}

	/** The hidden fields of the form with this id on the page, in order, then the given fields. */
	public static Map<String, String> form(String html, String formId, String... fields) {
		int start = html.indexOf("id=\"" + formId + "\"");
		if (start < 0) {
			throw new AssertionError("no form " + formId + " in " + html);
		}
		Map<String, String> form = new LinkedHashMap<>();
		Matcher matcher = HIDDEN.matcher(html.substring(start, html.indexOf("</form>", start)));
		while (matcher.find()) {
			form.put(matcher.group(1), matcher.group(2).replace("&amp;", "&"));
		}
		for (int i = 0; i < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		return form;
	}

	/** The {@code value} of the button with this id. */
	public static String button(String html, String buttonId) {
		Matcher matcher = Pattern.compile("<button[^>]* id=\"" + buttonId + "\"[^>]*>|<button id=\"" + buttonId
				+ "\"[^>]*>")
			.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("no button " + buttonId + " in " + html);
		}
		Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(matcher.group());
		if (!value.find()) {
			throw new AssertionError("button " + buttonId + " has no value: " + matcher.group());
		}
		return value.group(1).replace("&amp;", "&");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
