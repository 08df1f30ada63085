package dev.serveractions.route;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.util.ClassUtils;

/**
 * Query or form parameters the servlet container could not decode ({@code %zz}, bytes that are
 * not the request's charset, more parameters than it allows). Tomcat says so by throwing from
 * {@code getParameter}, with the status it would answer; this is the client's mistake, not a
 * {@code 500}. Decided by type, when Tomcat is on the classpath.
 */
final class MalformedParameters {

	private static final boolean TOMCAT = ClassUtils.isPresent("org.apache.tomcat.util.http.InvalidParameterException",
			MalformedParameters.class.getClassLoader());

	/** What the problem says. */
	static final String DETAIL = "The request's parameters could not be decoded.";

	private MalformedParameters() {
	}

	/** The status to answer, or {@code null} when the exception is not about parameters. */
	static @Nullable HttpStatusCode status(Throwable ex) {
		return TOMCAT ? Tomcat.status(ex) : null;
	}

	/** Loaded only when Tomcat is present. */
	private static final class Tomcat {

		static @Nullable HttpStatusCode status(Throwable ex) {
			if (!(ex instanceof InvalidParameterException invalid)) {
				return null;
			}
			HttpStatusCode status = HttpStatusCode.valueOf(invalid.getErrorCode());
			return status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST;
		}

	}

}
