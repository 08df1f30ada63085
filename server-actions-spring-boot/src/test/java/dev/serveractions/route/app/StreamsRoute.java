package dev.serveractions.route.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.serveractions.route.RouteHandler;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RouteHandler("/stream/{kind}")
public class StreamsRoute {

	public Object get(String kind) throws IOException {
		if (kind.equals("sse")) {
			SseEmitter emitter = new SseEmitter(5_000L);
			for (int i = 1; i <= 3; i++) {
				emitter.send(SseEmitter.event().name("tick").data("tick " + i));
			}
			emitter.complete();
			return emitter;
		}
		StreamingResponseBody body = (out) -> {
			for (int i = 1; i <= 3; i++) {
				out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
		};
		return body;
	}

}
