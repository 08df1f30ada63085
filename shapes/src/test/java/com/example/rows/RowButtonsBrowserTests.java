package com.example.rows;

import java.net.http.HttpResponse;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.serveractions.shapes.Chromium;
import dev.serveractions.shapes.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several {@code sa:formaction} buttons in one form, each row's carrying its own signed index:
 * the clicked row goes, with JavaScript on and off, and a changed index is refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server-actions.secret=rows-secret-of-at-least-32-bytes!!")
class RowButtonsBrowserTests {

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	Orders orders;

	@BeforeEach
	void threeLines() {
		Order order = new Order();
		order.setId(7);
		order.getLines().addAll(List.of(new Line("apples", 1), new Line("bread", 2), new Line("cheese", 3)));
		this.orders.save(order);
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void theRemoveButtonOfTheSecondRowRemovesTheSecondRow(boolean javaScript) {
		Page page = open(javaScript);
		Response answer = page.waitForResponse((response) -> "POST".equals(response.request().method()),
				() -> page.locator("#remove-1").click());
		assertThat(answer.status()).isEqualTo(javaScript ? 200 : 303);
		assertThat(page.locator("tr.row")).hasCount(2);
		assertThat(page.getByLabel("Product 2")).hasValue("cheese");
		assertThat(this.orders.find(7).getLines()).extracting(Line::getProduct).containsExactly("apples", "cheese");
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void eachRowsButtonKeepsItsOwnValueAfterAnotherRowWasRemoved(boolean javaScript) {
		Page page = open(javaScript);
		page.locator("#remove-2").click();
		assertThat(page.locator("tr.row")).hasCount(2);
		page.locator("#remove-0").click();
		assertThat(page.locator("tr.row")).hasCount(1);
		assertThat(page.getByLabel("Product 1")).hasValue("bread");
		assertThat(this.orders.find(7).getLines()).extracting(Line::getProduct).containsExactly("bread");
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void theAddAndSaveButtonsOfTheSameFormRunTheirOwnActions(boolean javaScript) {
		Page page = open(javaScript);
		page.getByLabel("Quantity 1").fill("5");
		page.locator("#save").click();
		assertThat(page.getByLabel("Quantity 1")).hasValue("5");
		page.locator("#add").click();
		assertThat(page.locator("tr.row")).hasCount(4);
		assertThat(this.orders.find(7).getLines()).extracting(Line::getQuantity).containsExactly(5, 2, 3, 1);
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void aButtonWhoseSignedIndexWasChangedIsRefusedAndRemovesNothing(boolean javaScript) {
		Page page = open(javaScript);
		String second = page.locator("#remove-1").getAttribute("value");
		String third = page.locator("#remove-2").getAttribute("value");
		// the second row's button, signed as it was, carrying the third row's index instead of its own
		String forged = second.substring(0, second.indexOf('.')) + third.substring(third.indexOf('.'));
		page.locator("#remove-1").evaluate("(button, value) => button.value = value", forged);
		Response answer = page.waitForResponse((response) -> "POST".equals(response.request().method()),
				() -> page.locator("#remove-1").click());
		assertThat(answer.status()).isEqualTo(400);
		assertThat(this.orders.find(7).getLines()).hasSize(3);
	}

	@Test
	void withoutTheButtonsSignedValueTheActionIsRefused() throws Exception {
		Http http = new Http(this.port);
		String html = http.get("/orders/7").body();
		String button = Http.button(html, "remove-1");
		HttpResponse<String> unsigned = http.post("/orders/7",
				Http.form(html, "order-form", "_sa_formaction", button.substring(0, button.indexOf(':'))));
		assertThat(unsigned.statusCode()).isEqualTo(400);
		HttpResponse<String> signed = http.post("/orders/7", Http.form(html, "order-form", "_sa_formaction", button));
		assertThat(signed.statusCode()).isEqualTo(303);
		assertThat(this.orders.find(7).getLines()).extracting(Line::getProduct).containsExactly("apples", "cheese");
	}

	private Page open(boolean javaScript) {
		Page page = chromium.open(javaScript);
		page.navigate("http://localhost:" + this.port + "/orders/7");
		assertThat(page.locator("tr.row")).hasCount(3);
		return page;
	}

}
