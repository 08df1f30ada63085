package dev.serveractions.thymeleaf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SaAttributesTests {

	@Test
	void valuesThatStartLikeAThymeleafExpressionAreExpressions() {
		assertThat(SaAttributes.isExpression("${page}")).isTrue();
		assertThat(SaAttributes.isExpression("*{title}")).isTrue();
		assertThat(SaAttributes.isExpression("#{todos.title}")).isTrue();
		assertThat(SaAttributes.isExpression("@{/todos}")).isTrue();
		assertThat(SaAttributes.isExpression("~{fragments :: list}")).isTrue();
		assertThat(SaAttributes.isExpression("|row-${id}|")).isTrue();
		assertThat(SaAttributes.isExpression("'todo-list'")).isTrue();
		assertThat(SaAttributes.isExpression("  ${page}  ")).isTrue();
	}

	@Test
	void otherValuesArePlainText() {
		assertThat(SaAttributes.isExpression("todo-list")).isFalse();
		assertThat(SaAttributes.isExpression("todos.create")).isFalse();
		assertThat(SaAttributes.isExpression("todos, users")).isFalse();
		assertThat(SaAttributes.isExpression("page-${page}")).isFalse();
		assertThat(SaAttributes.isExpression("")).isFalse();
	}

}
