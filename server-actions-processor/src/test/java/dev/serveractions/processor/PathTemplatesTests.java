package dev.serveractions.processor;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processor's own path template checker gives Spring's {@link PathPatternParser} verdict on
 * every template of the table: valid where Spring parses it, a problem where Spring rejects it.
 */
class PathTemplatesTests {

	static Stream<String> templates() {
		return Stream.of("/", "/api/todos", "/api/todos/", "/api/todos/{id}", "/api/{a}/{b}", "/api/{a}-{b}",
				"/api/{id:\\d+}", "/api/{id:[a-z]{2,3}}", "/api/{name:.+}.json", "/files/{*path}", "/{*path}",
				"/docs/**", "/**", "/**/x", "/a/**/b", "/a/{*p}/b", "/a/{*p}/{*q}", "/a/**/{*p}", "/api/{id",
				"/api/id}", "/api/{{id}}", "/api/{1id}", "/api/{i d}", "/api/{id-x}", "/api/{id}/{id}",
				"/api/{id:}", "/api/{id:[}", "/api/x{*p}", "/api/{*p}x", "/api/{a}{b}", "/api/*.json", "/api/?",
				"/api/a?c", "/api/{}", "/api/{*}", "/api/{id:a/b}", "/api/{id:a\\/b}", "/api/{$id}", "/api/{_id}",
				"/api/**.json", "/api/{id}}", "/api/{id:(}", "/api/{*p:x}", "/a/{b:[0-9]+}/c/{d}", "/ä/{ö}");
	}

	@ParameterizedTest
	@MethodSource("templates")
	void theCheckerAgreesWithSpringsPathPatternParser(String template) {
		boolean springAccepts;
		try {
			new PathPatternParser().parse(template);
			springAccepts = true;
		}
		catch (IllegalArgumentException ex) { // PatternParseException, or PatternSyntaxException for a bad regex
			springAccepts = false;
		}
		String problem = PathTemplates.problem(template);
		assertThat(problem == null).as("%s: Spring %s, checker says %s", template,
				springAccepts ? "accepts" : "rejects", problem).isEqualTo(springAccepts);
	}

}
