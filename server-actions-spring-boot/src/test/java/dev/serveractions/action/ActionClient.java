package dev.serveractions.action;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without JavaScript, and a script: plain HTTP against the running test server. */
final class ActionClient {

	private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

	private final int port;

	ActionClient(int port) {
		this.port = port;
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				BodyHandlers.ofString());
	}

	/** The hidden fields of the form with this id or class on the page. */
	static Map<String, String> hiddenFields(String html, String formMarker) {
		int start = html.indexOf(formMarker);
		int end = html.indexOf("</form>", start);
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher matcher = INPUT.matcher(html.substring(start, end));
		while (matcher.find()) {
			fields.put(matcher.group(1), matcher.group(2).replace("&amp;", "&"));
		}
		return fields;
	}

	/** The value of the button with this id. */
	static String buttonValue(String html, String buttonId) {
		Matcher matcher = Pattern.compile("<button id=\"" + buttonId + "\"[^>]*value=\"([^\"]+)\"").matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("no button " + buttonId + " in " + html);
		}
		return matcher.group(1);
	}

	HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form(fields)));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	HttpResponse<String> multipart(String path, Map<String, String> fields, String fileName, byte[] content,
			String... headers) throws IOException, InterruptedException {
		String boundary = "----sa-test-boundary";
		List<byte[]> parts = new ArrayList<>();
		fields.forEach((name, value) -> parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		parts.add(content);
		parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArrays(parts));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	HttpResponse<String> raw(String path, String contentType, String body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", contentType)
			.POST(BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	/** A form post with a chunked body: no {@code Content-Length}. */
	HttpResponse<String> chunked(String path, String body, String... headers) throws IOException, InterruptedException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	static String form(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		});
		return body.toString();
	}

	static Map<String, String> with(Map<String, String> fields, String... pairs) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		for (int i = 0; i < pairs.length; i += 2) {
			all.put(pairs[i], pairs[i + 1]);
		}
		return all;
	}

}
