package dev.serveractions.route;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Holds the request body a route handler reads ({@code @RequestBody}, {@code HttpEntity}) to
 * {@code server-actions.route-handlers.max-body-size}. A declared {@code Content-Length} over it
 * is refused before the method runs ({@link RouteHandlerInterceptor}); a chunked body is read up to
 * one byte past the limit, and refused with {@code 413} if it has that byte, before any converter
 * parses it.
 */
@ControllerAdvice(annotations = RouteHandler.class)
final class BodyLimit extends RequestBodyAdviceAdapter {

	private final long maxBodySize;

	BodyLimit(long maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return this.maxBodySize >= 0;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		long declared = message.getHeaders().getContentLength();
		if (declared > this.maxBodySize) {
			throw tooLarge(this.maxBodySize);
		}
		if (declared >= 0) {
			return message;
		}
		byte[] body = message.getBody().readNBytes((int) Math.min(this.maxBodySize + 1, Integer.MAX_VALUE - 8));
		if (body.length > this.maxBodySize) {
			throw tooLarge(this.maxBodySize);
		}
		return new ReadBody(message.getHeaders(), body);
	}

	static ErrorResponseException tooLarge(long maxBodySize) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than " + maxBodySize + " bytes.");
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
	}

	private record ReadBody(HttpHeaders headers, byte[] bytes) implements HttpInputMessage {

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.bytes);
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

	}

}
