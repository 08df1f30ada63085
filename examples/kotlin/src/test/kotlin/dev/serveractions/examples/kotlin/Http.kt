package dev.serveractions.examples.kotlin

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpRequest.BodyPublishers
import java.net.http.HttpResponse
import java.net.http.HttpResponse.BodyHandlers

/** Plain HTTP to the application under test, as a client outside it would send it. */
class Http(private val port: Int) {

	private val client = HttpClient.newHttpClient()

	fun send(method: String, path: String, body: String? = null, vararg headers: Pair<String, String>): HttpResponse<String> {
		val request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:$port$path"))
			.method(method, if (body == null) BodyPublishers.noBody() else BodyPublishers.ofString(body))
		if (body != null && headers.none { it.first == "Content-Type" }) request.header("Content-Type", "application/json")
		headers.forEach { (name, value) -> request.header(name, value) }
		return client.send(request.build(), BodyHandlers.ofString())
	}

	/** A form post, as a browser with JavaScript off sends it. */
	fun post(path: String, vararg fields: Pair<String, String>, headers: List<Pair<String, String>> = listOf()): HttpResponse<String> {
		val body = fields.joinToString("&") { (name, value) ->
			java.net.URLEncoder.encode(name, Charsets.UTF_8) + "=" + java.net.URLEncoder.encode(value, Charsets.UTF_8)
		}
		return send("POST", path, body, "Content-Type" to "application/x-www-form-urlencoded",
				"Origin" to "http://127.0.0.1:$port", *headers.toTypedArray())
	}

}
